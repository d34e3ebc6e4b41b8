/** WebAssembly text to bytes with wabt (a development dependency: the extension ships the bytes). */
import wabtInit from 'wabt';

export async function assembleInt8Dots(wat: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat('int8-dots.wat', wat, { simd: true });
  try {
    module.validate();
    return module.toBinary({}).buffer;
  } finally {
    module.destroy();
  }
}
