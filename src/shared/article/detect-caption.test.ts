import { describe, expect, it } from 'vitest';
import { isCaption } from './detect-caption';

describe('isCaption', () => {
  it.each([
    'Legende: Biden und Putin hatten sich im Juni getroffen. Keystone',
    'Bild: Sieht aus wie eine Freundschaft',
    'Im Juni trafen sich die beiden in der Schweiz. Foto: AP/Alexander Zemlianichenko',
    'Photo: Pablo Martinez Monsivais, AP',
    'FILE - In this Tuesday, June 12, 2018 file photo, Trump shakes hands with Kim. (AP Photo/Evan Vucci, File)',
    'Trump arrives in Helsinki. REUTERS/Kevin Lamarque',
    'Saul Loeb | AFP | Getty Images',
    '“We all do it,” Sen. Rand Paul said of Russian election meddling on Sunday, a day before the summit. | Alex Wong/Getty Images',
    'Kremlin Pool Photo via Associated Press/file',
    'Mikhail Metzel TASS via Getty Images',
    'BPA via Getty Images',
    '(Martti Kainulainen/Lehtikuva via AP)',
    'Image copyright Getty Images',
    'Image caption Jeremy Corbyn viewed the parade and will later give a speech',
    'Media: Euronews',
  ])('"%s" is a caption', (t) => {
    expect(isCaption(t)).toBe(true);
  });

  it.each([
    'Der Westen sorgt sich derzeit.',
    'Er sprach mit AP über die Lage.',
    '(rt/dpa/reuters/tass)',
    'The pictures reached the newsroom via Reuters.',
    '(The pictures reached the newsroom via Reuters)',
    'Image quality matters less than speed, the agency says.',
    'Media: The press was kept away from the summit for most of the day.',
  ])('"%s" is not', (t) => {
    expect(isCaption(t)).toBe(false);
  });
});
