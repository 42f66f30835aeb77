import angry from '../assets/feelings/angry.svg';
import happy from '../assets/feelings/happy.svg';
import loved from '../assets/feelings/loved.svg';
import sad from '../assets/feelings/sad.svg';
import safe from '../assets/feelings/safe.svg';
import scared from '../assets/feelings/scared.svg';
import soSo from '../assets/feelings/so-so.svg';
import surprised from '../assets/feelings/surprised.svg';
import worried from '../assets/feelings/worried.svg';
import { feelingId, type FeelingId } from './feelings';

/** Bundled pictures (Twemoji, CC BY 4.0), so a feeling looks the same on every device. */
const PICTURES: Readonly<Record<FeelingId, string>> = {
  happy,
  safe,
  loved,
  surprised,
  soSo,
  worried,
  sad,
  angry,
  scared,
};

/** The picture of a known feeling; undefined for any other emoji, which shows as text. */
export function feelingPicture(emoji: string): string | undefined {
  const id = feelingId(emoji);
  return id ? PICTURES[id] : undefined;
}
