/**
 * Runs one section's measurements in this (fresh) process and prints them as one JSON line after a
 * marker. bench/run.ts starts it once per section and run:
 *
 *   node --expose-gc --import tsx bench/section.ts <section id>
 */
import { MARKER, type Section } from './lib/section.ts';

const id = process.argv[2];
if (!id) throw new Error('usage: bench/section.ts <section id>');
const mod = (await import(new URL(`./sections/${id}.ts`, import.meta.url).href)) as { section: Section };
const result = await mod.section.measure();
process.stdout.write(`\n${MARKER}${JSON.stringify(result)}\n`);
