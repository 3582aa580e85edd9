import { invalidField, type SignatureAlgorithm } from '@zhixing/contracts';
import { isValidPublicKey } from '@zhixing/connectors';

/** A public key that cannot verify anything is refused at registration, not at the first reply. */
export function requireValidPublicKey(alg: SignatureAlgorithm, publicKey: string, path: string): void {
  if (!isValidPublicKey(alg, publicKey)) {
    throw alg === 'SM2-SM3'
      ? invalidField(path, '不是有效的 SM2 公钥（应为 04 开头的 130 位十六进制，且为曲线上的点）', 'not a valid SM2 public key (130 hex digits starting 04, a point on the curve)')
      : invalidField(path, '不是有效的 Ed25519 公钥（应为 32 字节的 base64）', 'not a valid Ed25519 public key (base64 of 32 bytes)');
  }
}
