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
    // AP's transmission code after the credit, which the scrape kept.
    'A giant banner is unfurled across the river Thames on Friday. (AP Photo/Luca Bruno) ORG XMIT: XLB108',
    // The photographer and agency again after the credit, or in place of it.
    'Samuli Huuhtanen displays a beer bottle in Helsinki. (AP Photo/Markus Schreiber) Markus Schreiber AP',
    'Trump waves from the car after arriving at the airport in Helsinki on Sunday. Markus Schreiber AP Photo',
    'Putin’s popularity among Republicans has risen over the past two years since the president began recasting him. | Pablo Martinez Monsivais/AP Photo',
    // Hearst's opened captions, with the button that closes them, and a local agency through AP.
    'A man in a mask attends a rally in the Finnish capital on Monday, July 16, 2026. less',
    'Protesters hold a sign in the Finnish capital. (Onni Beispiel/Lehtikuva via AP) less',
    'The minister answers a question on the panel: "We do not need anyone telling us what to do." less',
    'The new ambassador escorts the president from his plane at the airport in Vantaa on Monday. (Erika Beispiel/Lehtikuva via AP)',
    // AP's "In this … photo" captions, with or without a credit (or with a scrape's stray bracket).
    'In this Thursday, July 12, 2026 photo, a view of the harbour in Felsach. (Erika Beispiel/Lehtikuva via AP) less',
    'In this March 3, 2025 photo an advert on a tram says "Welcome to Felsach".',
    'In this Nov. 11, 2024, photo, two ministers talk during a session in Bern.',
    'In this July 2024 file photo two leaders meet in Hamburg. (AP Photo/Max Muster, file)(',
    'In this file photo taken on Wednesday, the minister speaks in Bern.',
    // The photographers and the agency after the caption, after a bar, or before NPR's button.
    'The motorcade waits on the tarmac in Vantaa, Finland, July 15, 2018. Lehtikuva/Erika Beispiel via REUTERS',
    'Two leaders shake hands at the beginning of a meeting at the palace in Helsinki, Finland, Monday, July 16, 2018. | AP Photo',
    'A brewer in Helsinki shows a bottle labelled with cartoons of both presidents, made for the summit. | AP Photo/Max Muster',
    'The president arrives in Helsinki on Sunday ahead of the summit. Erika Beispiel/Getty Images hide caption',
    // Reuters' note to editors after a handout's credit.
    'A new limousine drives to the Kremlin, May 7, 2018. Sputnik/Max Muster/Pool via REUTERS ATTENTION EDITORS - THIS IMAGE WAS PROVIDED BY A THIRD PARTY.',
    // A reposting site's note of where it took the picture.
    'Wooden dolls of both presidents on a market stall in Moscow / AFP | Photo from RT .',
    'Protesters march to the harbour on Sunday © Erika Beispiel | Photo courtesy of Example News',
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
    'The summit ended late. Reporters asked about the ORG XMIT codes, which nobody explained.',
    'The statement was sent to the wire services. Reuters and AP',
    'He said it was a trick. Not AP',
    'The museum lent the portrait | Photo from the archive shows it was repainted twice in the 1920s.',
    'Prices rose again on Monday. Traders in London and New York waited for the summit and expect more of the same, via Reuters',
    'The two leaders met in Helsinki. | Analysis',
    'He would not say what happened next. You can hide caption text in the settings',
    'ATTENTION EDITORS: the summit starts at noon.',
    'In this case, the ministers disagreed about the photo.',
    'Prices fell again, and the traders in London worried less',
    'He said the talks mattered less.',
    'In this photo-op-heavy week, the ministers met twice.',
    'In this year, 2024, prices rose again.',
  ])('"%s" is not', (t) => {
    expect(isCaption(t)).toBe(false);
  });
});
