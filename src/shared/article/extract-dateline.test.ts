import { describe, expect, it } from 'vitest';
import { extractDateline } from './extract-dateline';

describe('extractDateline', () => {
  it('reads taz datelines and replaces the frame marker', () => {
    expect(extractDateline('Washington afp | Angesichts der Spannungen')).toEqual({
      place: 'Washington',
      agencies: ['afp'],
      text: 'Washington (afp) – Angesichts der Spannungen',
      alone: false,
      length: 'Washington (afp) – '.length,
    });
  });

  it('reads agency datelines and keeps the text as written', () => {
    expect(extractDateline('HELSINKI (AP) - A face-to-face sitdown.')).toMatchObject({
      place: 'HELSINKI',
      agencies: ['ap'],
      text: 'HELSINKI (AP) - A face-to-face sitdown.',
    });
    expect(extractDateline('TURNBERRY/GLASGOW, Scotland (Reuters) - U.S. President')).toMatchObject({
      place: 'TURNBERRY/GLASGOW, Scotland',
      agencies: ['reuters'],
    });
    expect(extractDateline('Washington (CNN)')).toMatchObject({ place: 'Washington', agencies: ['cnn'], alone: true });
  });

  it('reads a dash dateline without agency', () => {
    expect(extractDateline('Washington – US-Präsident Joe Biden will')).toMatchObject({
      place: 'Washington',
      agencies: [],
      text: 'Washington – US-Präsident Joe Biden will',
      length: 'Washington – '.length,
    });
  });

  it('does not take sentence openers for places', () => {
    expect(extractDateline('Die Regierung – so heißt es – schweigt.')).toBeNull();
    expect(extractDateline('US-Präsident Joe Biden – und nicht nur er – schweigt.')).toBeNull();
    expect(extractDateline('The Associated Press | Monday, July 16')).toBeNull();
    expect(extractDateline('Angesichts der Spannungen um die Ukraine')).toBeNull();
  });
});
