#!/usr/bin/python3
"""Fifth generator of true/false fixture cases for the Python analyzer: a
suite of the configuration and API-shape categories the first four cover
thinly.

Every case is one small Flask, Django or FastAPI handler, truly vulnerable or
safe for a reason decided from the code alone, about half of each per
category:

- weakcipher: DES, 3DES (also from cryptography's decrepit module), RC4,
  Blowfish, ARC2, pyDes; ECB from a constant, a local or module variable, an
  Enum member, a dict of mode classes, the literal mode number; static, zero
  or key-derived IVs and nonces (CBC, CTR, GCM); RSA/DSA key sizes from
  constants; safe twins: GCM/EAX/SIV/CCM, CBC and CTR with the library's own
  random IV/nonce, Fernet, AESGCM, AESCCM, key wrap, a mode reassigned or
  chosen in a dead branch;
- weakhash: MD5/SHA-1 for passwords, signatures and tokens (hashlib, new(),
  getattr, pycryptodome, HMAC with MD5/SHA-1) vs. ETags and cache keys with
  usedforsecurity=False, bcrypt, argon2, passlib, scrypt, HMAC-SHA256, an
  algorithm variable reassigned or chosen in a dead branch;
- weakrandom: random for tokens, passwords, OTPs, reset links, session ids,
  salts, invite codes, API keys (seeded, module functions, Random instances,
  numpy.random) vs. shuffling, sampling, jitter, A/B buckets, colours,
  SystemRandom, secrets, uuid4, a generator reassigned to SystemRandom;
- tlsverify: requests/httpx/urllib3/aiohttp with verification off (literal,
  module constant, settings class, **kwargs dict), ssl contexts with
  CERT_NONE or check_hostname=False, a CLIENT_AUTH-purpose context used by a
  client, the global default context replaced; safe twins: verify from a true
  constant, env-driven default-on, session.verify turned back on, dead
  branches, CA bundles;
- jwt: PyJWT decode/decode_complete with verification off (literal, module
  options, flag constant), python-jose get_unverified_claims, manual base64
  decode of the payload; safe: key + algorithms, authlib, jose verify, an
  unverified peek whose claims only choose the key, options turned back on;
- cookie: set_cookie flags false/missing on session-like cookies (module
  constants, flag dicts, Django morsels), Flask SESSION_COOKIE_* settings;
  safe twins: all flags, FastAPI's default SameSite=lax, flags from folded
  constants, a flag turned on before use, preference cookies;
- xxe: lxml resolve_entities through keywords, **options, constants,
  reassignment, iterparse and objectify; SAX/pulldom/minidom with an
  external-entity SAX parser; safe: defusedxml, default SAX, minidom,
  pulldom and ElementTree (no external entities since Python 3.7.1),
  constant documents, features turned back off;
- xpath: lxml xpath/XPath/ETXPath/evaluators/parsel/elementpath built from
  input vs. variables= binding, allow-lists, int, quote stripping;
- ldap: python-ldap and ldap3 filters built from input (search_ext_s,
  paged_search, filter_format with an input template, DN escaping in a
  filter) vs. escape_filter_chars, filter_format, guards;
- deser: pickle/marshal/dill/jsonpickle/yaml/numpy variants vs. signed data
  (itsdangerous, django.core.signing), json, msgpack, safe loaders, shelve
  lookups by key; itsdangerous loads_unsafe with pickle is not signed;
- trustbound: session writes of input (Flask, Django, FastAPI with
  SessionMiddleware; setdefault, update, appended lists) vs. constants,
  counters, derived ids, conversions, allow-lists, pops.

A line that must be reported ends with "# want: RULE"; file names end in
_true.py / _false.py, and the first line says the case's category:

    # generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER ... expected=true

    /usr/bin/python3 internal/analyzer/python/gen_cases5.py          # committed suite
    GEN5_ALL=1 /usr/bin/python3 internal/analyzer/python/gen_cases5.py  # with PENDING cases

Output: testdata/generated5/ beside this script (or $GEN5_OUT; wiped and
regenerated on every run). Cases the analyzer gets wrong today are listed in
PENDING (see /tmp/notes/suite5-triage.md) and only written with GEN5_ALL=1.

Body conventions: a line starting with "!" is the finding line of the case's
rule (marked only in true cases); "  #+ RULE ..." at the end of a line marks
findings of other rules the line must also have (in every case).
"""
import ast
import os
import shutil

import gen_cases3 as g3
from gen_common import write_suite
import gen_cases4 as g4

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("GEN5_OUT") or os.path.join(HERE, "testdata", "generated5")

# Case keys (category/key) the analyzer does not pass yet; generated only
# with GEN5_ALL=1.
PENDING = {
    "cookie/flask_config_httponly_false", "cookie/flask_config_secure_false",
    "deser/itsdangerous_loads_unsafe_pickle", "jwt/manual_b64_payload", "weakhash/hmac_sha1_name",
}

RULES = {"weakcipher": "PY-WEAK-CIPHER", "weakhash": "PY-WEAK-HASH", "weakrandom": "PY-WEAK-RANDOM", "tlsverify": "PY-TLS-VERIFY-OFF",
         "jwt": "PY-JWT-NO-VERIFY", "cookie": "PY-COOKIE-INSECURE", "xxe": "PY-XXE", "xpath": "PY-XPATH-INJECTION",
         "ldap": "PY-LDAP-INJECTION", "deser": "PY-DESERIALIZATION", "trustbound": "PY-TRUST-BOUNDARY"}

CASES = []
ALL_FWS = ("flask", "django", "fastapi")


def case(cat, key, truth, body, fws=None, n=None, **kw):
    """body: view lines after `bar = param`; fws: the frameworks (default:
    n of them, rotating); kw: imports, setup, module, flask, ret, asyn."""
    CASES.append(dict(cat=cat, key=key, truth=truth, body=body if isinstance(body, tuple) else list(body), fws=fws, n=n, kw=kw))


# ==========================================================================
# weakcipher
# ==========================================================================
PAD = "from Crypto.Util.Padding import pad"
AESI = ["import os", "from Crypto.Cipher import AES", PAD]
CY = ["import os", "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes"]
ENC = 'result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()'
ENC8 = 'result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()'
GCM_ENC = ['ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))', "result = (cipher.nonce + tag + ct).hex()"]
CY_ENC = 'result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()'
W = "weakcipher"

case(W, "des_cbc_random_iv", True, ["key = os.urandom(8)", "!cipher = DES.new(key, DES.MODE_CBC, iv=os.urandom(8))", ENC8],
     imports=["import os", "from Crypto.Cipher import DES", PAD])
case(W, "arc2_cbc", True, ["key = os.urandom(16)", "!cipher = ARC2.new(key, ARC2.MODE_CBC, iv=os.urandom(8))", ENC8],
     imports=["import os", "from Crypto.Cipher import ARC2", PAD])
case(W, "blowfish_eax", True, ["key = os.urandom(16)", "!cipher = Blowfish.new(key, Blowfish.MODE_EAX)",
                              'ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))', "result = ct.hex()"],
     imports=["import os", "from Crypto.Cipher import Blowfish"])
case(W, "decrepit_tripledes", True, ["key = os.urandom(24)", "iv = os.urandom(8)",
                                    "!encryptor = Cipher(decrepit_algorithms.TripleDES(key), modes.CBC(iv)).encryptor()", CY_ENC],
     imports=["import os", "from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit_algorithms",
              "from cryptography.hazmat.primitives.ciphers import Cipher, modes"])
case(W, "hazmat_arc4", True, ["key = os.urandom(16)", "!encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()",
                             'result = encryptor.update(bar.encode("utf-8")).hex()'], imports=CY)
case(W, "hazmat_blowfish_cbc", True, ["key = os.urandom(16)", "!encryptor = Cipher(algorithms.Blowfish(key), modes.CBC(os.urandom(8))).encryptor()",
                                     CY_ENC], imports=CY)
case(W, "pydes_ecb", True, ['!cipher = pyDes.des(os.urandom(8), pyDes.ECB, pad=None, padmode=pyDes.PAD_PKCS5)',
                           'result = cipher.encrypt(bar.encode("utf-8")).hex()'], imports=["import os", "import pyDes"], n=1)
case(W, "ecb_local_var", True, ["key = os.urandom(16)", "mode = AES.MODE_ECB", "!cipher = AES.new(key, mode)", ENC], imports=AESI)
case(W, "ecb_literal_number", True, ["key = os.urandom(16)", "!cipher = AES.new(key, 1)", ENC], imports=AESI)
case(W, "ecb_module_setting", True, ["key = os.urandom(16)", "!cipher = AES.new(key, CIPHER_MODE)", ENC], imports=AESI,
     setup=["CIPHER_MODE = AES.MODE_ECB"])
ENUM = ["class CipherMode(Enum):", "    LEGACY = AES.MODE_ECB", "    MODERN = AES.MODE_GCM"]
case(W, "ecb_enum_member", True, ["key = os.urandom(16)", "!cipher = AES.new(key, CipherMode.LEGACY.value)", ENC],
     imports=AESI + ["from enum import Enum"], module=ENUM)
case(W, "gcm_enum_member", False, ["key = os.urandom(16)", "cipher = AES.new(key, CipherMode.MODERN.value)"] + GCM_ENC,
     imports=AESI + ["from enum import Enum"], module=ENUM)
case(W, "ecb_mode_dict", True, ["key = os.urandom(32)", '!encryptor = Cipher(algorithms.AES(key), MODES["fast"]()).encryptor()', CY_ENC],
     imports=CY, setup=['MODES = {"fast": modes.ECB}'])
case(W, "ecb_flag_turned_on", True, ["key = os.urandom(16)", "mode = AES.MODE_GCM", "if LEGACY_CLIENTS:", "    mode = AES.MODE_ECB",
                                    "!cipher = AES.new(key, mode)", ENC], imports=AESI, setup=["LEGACY_CLIENTS = True"])
case(W, "ecb_flag_dead", False, ["key = os.urandom(16)", "mode = AES.MODE_GCM", "if LEGACY_CLIENTS:", "    mode = AES.MODE_ECB",
                                "cipher = AES.new(key, mode)"] + GCM_ENC, imports=AESI, setup=["LEGACY_CLIENTS = False"])
case(W, "ecb_reassigned_gcm", False, ["key = os.urandom(16)", "mode = AES.MODE_ECB", "mode = AES.MODE_GCM", "cipher = AES.new(key, mode)"] + GCM_ENC,
     imports=AESI)
case(W, "des_dead_branch", False, ["if False:", "    cipher = DES.new(os.urandom(8), DES.MODE_ECB)", "else:",
                                  "    cipher = AES.new(os.urandom(16), AES.MODE_GCM)"] + GCM_ENC,
     imports=["import os", "from Crypto.Cipher import AES, DES"])
case(W, "cbc_zero_iv_bytes", True, ["key = os.urandom(16)", "iv = bytes(16)", "!cipher = AES.new(key, AES.MODE_CBC, iv)", ENC], imports=AESI)
case(W, "cbc_module_iv", True, ["key = os.urandom(16)", "!cipher = AES.new(key, AES.MODE_CBC, iv=STATIC_IV)", ENC], imports=AESI,
     setup=['STATIC_IV = b"\\x00" * 16'])
case(W, "cbc_iv_from_key", True, ["key = os.urandom(32)", "iv = key[:16]", "!cipher = AES.new(key, AES.MODE_CBC, iv=iv)", ENC], imports=AESI)
case(W, "hazmat_cbc_const_iv_var", True, ["key = os.urandom(32)", 'iv = b"fixed-iv-16bytes"',
                                         "!encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()", CY_ENC], imports=CY)
case(W, "gcm_static_nonce", True, ["key = os.urandom(16)", '!cipher = AES.new(key, AES.MODE_GCM, nonce=b"\\x00" * 12)'] + GCM_ENC,
     imports=AESI)
case(W, "hazmat_ctr_zero_nonce", True, ["key = os.urandom(32)", '!encryptor = Cipher(algorithms.AES(key), modes.CTR(b"\\x00" * 16)).encryptor()',
                                       CY_ENC], imports=CY)
case(W, "aesgcm_static_nonce", True, ["key = AESGCM.generate_key(bit_length=256)", '!result = AESGCM(key).encrypt(NONCE, bar.encode("utf-8"), None).hex()'],
     imports=["from cryptography.hazmat.primitives.ciphers.aead import AESGCM"], setup=['NONCE = b"0123456789ab"'])
case(W, "cbc_default_iv", False, ["key = os.urandom(16)", "cipher = AES.new(key, AES.MODE_CBC)",
                                 'result = (cipher.iv + cipher.encrypt(pad(bar.encode("utf-8"), 16))).hex()'], imports=AESI)
case(W, "ctr_default_nonce", False, ["key = os.urandom(32)", "cipher = AES.new(key, AES.MODE_CTR)",
                                    'result = (cipher.nonce + cipher.encrypt(bar.encode("utf-8"))).hex()'], imports=["import os", "from Crypto.Cipher import AES"])
case(W, "cbc_get_random_bytes_iv", False, ["key = get_random_bytes(16)", "iv = get_random_bytes(16)", "cipher = AES.new(key, AES.MODE_CBC, iv=iv)",
                                          'result = (iv + cipher.encrypt(pad(bar.encode("utf-8"), 16))).hex()'],
     imports=["from Crypto.Cipher import AES", "from Crypto.Random import get_random_bytes", PAD])
case(W, "hazmat_cbc_secrets_iv", False, ["key = os.urandom(32)", "iv = secrets.token_bytes(16)",
                                        "encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()", CY_ENC], imports=CY + ["import secrets"])
case(W, "eax_mode", False, ["key = os.urandom(16)", "cipher = AES.new(key, AES.MODE_EAX)"] + GCM_ENC, imports=["import os", "from Crypto.Cipher import AES"])
case(W, "siv_mode", False, ["key = os.urandom(32)", "cipher = AES.new(key, AES.MODE_SIV)",
                           'ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))', "result = (tag + ct).hex()"],
     imports=["import os", "from Crypto.Cipher import AES"])
case(W, "chacha20_poly1305_pycryptodome", False, ["key = os.urandom(32)", "cipher = ChaCha20_Poly1305.new(key=key)"] + GCM_ENC,
     imports=["import os", "from Crypto.Cipher import ChaCha20_Poly1305"])
case(W, "aesccm", False, ["key = AESCCM.generate_key(bit_length=128)", "nonce = os.urandom(13)",
                         'result = (nonce + AESCCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers.aead import AESCCM"])
case(W, "aesgcm_random_nonce_var", False, ["key = AESGCM.generate_key(bit_length=128)", "nonce = os.urandom(12)",
                                          'result = (nonce + AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers.aead import AESGCM"])
case(W, "multifernet", False, ["f = MultiFernet([Fernet(Fernet.generate_key()), Fernet(Fernet.generate_key())])",
                              'result = f.encrypt(bar.encode("utf-8")).decode("ascii")'], imports=["from cryptography.fernet import Fernet, MultiFernet"])
case(W, "aes_key_wrap", False, ["kek = os.urandom(32)", 'data_key = bar.encode("utf-8").ljust(32, b"\\0")[:32]',
                               "result = aes_key_wrap(kek, data_key).hex()"], imports=["import os", "from cryptography.hazmat.primitives.keywrap import aes_key_wrap"])
case(W, "rsa_bits_module_const", True, ["!key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)", "result = len(bar) + key.key_size"],
     imports=["from cryptography.hazmat.primitives.asymmetric import rsa"], setup=["KEY_BITS = 1024"])
case(W, "rsa_bits_module_const_4096", False, ["key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)", "result = len(bar) + key.key_size"],
     imports=["from cryptography.hazmat.primitives.asymmetric import rsa"], setup=["KEY_BITS = 4096"])
case(W, "dsa_1024", True, ["!key = dsa.generate_private_key(key_size=1024)", "result = len(bar) + key.key_size"],
     imports=["from cryptography.hazmat.primitives.asymmetric import dsa"])
case(W, "rsa_bits_folded_legacy_off", False, ["bits = 1024 if LEGACY_KEYS else 3072", "key = RSA.generate(bits)", "result = len(bar) + key.size_in_bits()"],
     imports=["from Crypto.PublicKey import RSA"], setup=["LEGACY_KEYS = False"])
case(W, "pycryptodome_rsa_2048", False, ["key = RSA.generate(2048)", "result = len(bar) + key.size_in_bits()"], imports=["from Crypto.PublicKey import RSA"])
case(W, "des_named_only", False, ['ALGORITHM_NOTE = "DES and 3DES are retired; AES-GCM is used"', "key = AESGCM.generate_key(bit_length=256)",
                                 "nonce = os.urandom(12)", 'result = ALGORITHM_NOTE + (nonce + AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()'],
     imports=["import os", "from cryptography.hazmat.primitives.ciphers.aead import AESGCM"])

# ==========================================================================
# weakhash
# ==========================================================================
H = ["import hashlib"]
WH = "weakhash"
PWH = "  #+ PY-WEAK-PASSWORD-HASH"
case(WH, "md5_password_record", True, ["password = bar", '!pw_hash = hashlib.md5(password.encode("utf-8")).hexdigest()' + PWH,
                                      "result = len(pw_hash)"], imports=H)
case(WH, "sha1_salted_password", True, ["password = bar", "salt = os.urandom(8).hex()", '!digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()' + PWH,
                                       'result = len(salt + "$" + digest)'], imports=H + ["import os"])
case(WH, "sha1_token_signature", True, ['!signature = hashlib.sha1((SIGNING_KEY + bar).encode("utf-8")).hexdigest()', "result = signature"],
     imports=H + ["import os"], setup=['SIGNING_KEY = os.environ["SIGNING_KEY"]'])
case(WH, "new_upper_var", True, ['algo = "MD5"', '!result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], imports=H)
case(WH, "new_module_const", True, ['!result = hashlib.new(DIGEST_NAME, bar.encode("utf-8")).hexdigest()'], imports=H, setup=['DIGEST_NAME = "sha1"'])
case(WH, "getattr_md5", True, ['!h = getattr(hashlib, "md5")(bar.encode("utf-8"))', "result = h.hexdigest()"], imports=H)
case(WH, "md5_usedforsecurity_true", True, ['!result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=True).hexdigest()'], imports=H)
case(WH, "hmac_md5_digestmod", True, ['!mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), hashlib.md5)', "result = mac.hexdigest()"],
     imports=H + ["import hmac", "import os"], setup=['HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")'])
case(WH, "hmac_sha1_name", True, ['!mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), digestmod="sha1")', "result = mac.hexdigest()"],
     imports=["import hmac", "import os"], setup=['HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")'])
case(WH, "hmac_digest_md5", True, ['!result = hmac.digest(HMAC_KEY, bar.encode("utf-8"), "md5").hex()'],
     imports=["import hmac", "import os"], setup=['HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")'])
case(WH, "pycryptodome_sha1", True, ['!h = SHA1.new(bar.encode("utf-8"))', "result = h.hexdigest()"], imports=["from Crypto.Hash import SHA1"])
case(WH, "md5_reset_token_digest", True, ['!reset_digest = hashlib.md5(("reset:" + bar).encode("utf-8")).hexdigest()', "result = reset_digest"], imports=H)
case(WH, "sha1_api_key_storage", True, ["api_key = bar", '!stored_digest = hashlib.sha1(api_key.encode("utf-8")).hexdigest()', "API_KEYS[stored_digest] = True",
                                       "result = len(API_KEYS)"], imports=H, setup=["API_KEYS = {}"])
case(WH, "md5_integrity_check", True, ['!checksum = hashlib.md5(bar.encode("utf-8")).hexdigest()', "result = hmac.compare_digest(checksum, EXPECTED_CHECKSUM)"],
     imports=H + ["import hmac"], setup=['EXPECTED_CHECKSUM = "9e107d9d372bb6826bd81d3542a419d6"'])
case(WH, "cryptography_hmac_sha1", True, ['!mac = crypto_hmac.HMAC(HMAC_KEY, hashes.SHA1())', 'mac.update(bar.encode("utf-8"))', "result = mac.finalize().hex()"],
     imports=["import os", "from cryptography.hazmat.primitives import hashes", "from cryptography.hazmat.primitives import hmac as crypto_hmac"],
     setup=['HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")'])
case(WH, "algo_flag_turned_on", True, ['algo = "sha256"', "if LEGACY_DIGESTS:", '    algo = "md5"',
                                      '!result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], imports=H, setup=["LEGACY_DIGESTS = True"])
case(WH, "algo_flag_dead", False, ['algo = "sha256"', "if LEGACY_DIGESTS:", '    algo = "md5"',
                                  'result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], imports=H, setup=["LEGACY_DIGESTS = False"])
case(WH, "algo_reassigned", False, ['algo = "md5"', 'algo = "sha256"', 'result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()'], imports=H)
case(WH, "md5_dead_branch", False, ["if False:", '    result = hashlib.md5(bar.encode("utf-8")).hexdigest()', "else:",
                                   '    result = hashlib.sha256(bar.encode("utf-8")).hexdigest()'], imports=H)
case(WH, "etag_md5_not_security", False, ['body = ("<p>" + bar + "</p>").encode("utf-8")', 'etag = hashlib.md5(body, usedforsecurity=False).hexdigest()',
                                         "result = etag"], imports=H)
case(WH, "cache_key_sha1_not_security", False, ['cache_key = "search:" + hashlib.sha1(bar.encode("utf-8"), usedforsecurity=False).hexdigest()',
                                               "result = cache_key"], imports=H)
case(WH, "new_sha1_not_security", False, ['result = hashlib.new("sha1", bar.encode("utf-8"), usedforsecurity=False).hexdigest()'], imports=H)
case(WH, "usedforsecurity_module_const", False, ['result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=FOR_SECURITY).hexdigest()'], imports=H,
     setup=["FOR_SECURITY = False"])
case(WH, "bcrypt_password", False, ["password = bar", 'hashed = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12))', "result = len(hashed)"],
     imports=["import bcrypt"])
case(WH, "argon2_password", False, ["password = bar", "hashed = PasswordHasher().hash(password)", "result = len(hashed)"],
     imports=["from argon2 import PasswordHasher"])
case(WH, "passlib_pbkdf2", False, ["password = bar", "hashed = pbkdf2_sha256.hash(password)", "result = len(hashed)"],
     imports=["from passlib.hash import pbkdf2_sha256"])
case(WH, "passlib_cryptcontext", False, ["password = bar", "hashed = PWD_CONTEXT.hash(password)", "result = len(hashed)"],
     imports=["from passlib.context import CryptContext"], setup=['PWD_CONTEXT = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")'])
case(WH, "scrypt_password", False, ["password = bar", "salt = os.urandom(16)", 'key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1)',
                                   "result = len(salt + key)"], imports=H + ["import os"])
case(WH, "werkzeug_hash", False, ["password = bar", "hashed = generate_password_hash(password)", "result = len(hashed)"],
     imports=["from werkzeug.security import generate_password_hash"])
case(WH, "hmac_sha256", False, ['mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), hashlib.sha256)', "result = mac.hexdigest()"],
     imports=H + ["import hmac", "import os"], setup=['HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")'])
case(WH, "hmac_digest_sha256_name", False, ['result = hmac.digest(HMAC_KEY, bar.encode("utf-8"), "sha256").hex()'],
     imports=["import hmac", "import os"], setup=['HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")'])
case(WH, "md5_named_sha256", False, ['md5sum = hashlib.sha256(bar.encode("utf-8")).hexdigest()', "result = md5sum"], imports=H)
case(WH, "md5_available_check", False, ['result = "md5" in hashlib.algorithms_available and len(bar) > 0'], imports=H)

# ==========================================================================
# weakrandom
# ==========================================================================
R = ["import random"]
ALPHA = ['ALPHABET = string.ascii_letters + string.digits']
RS = ["import random", "import string"]
WR = "weakrandom"
case(WR, "reset_link_choices", True, ['!token = "".join(random.choices(ALPHABET, k=32))', 'reset_link = "https://shop.example.com/reset?token=" + token',
                                     "result = len(reset_link) + len(bar)"], imports=RS, setup=ALPHA)
case(WR, "session_id_getrandbits", True, ['!session_id = "%032x" % random.getrandbits(128)', "SESSIONS[session_id] = bar[:16]", "result = len(SESSIONS)"],
     imports=R, setup=["SESSIONS = {}"])
case(WR, "otp_code_randint", True, ['!otp_code = "%06d" % random.randint(0, 999999)', "PENDING_OTPS[bar[:32]] = otp_code", "result = len(PENDING_OTPS)"],
     imports=R, setup=["PENDING_OTPS = {}"])
case(WR, "salt_randbytes", True, ["!salt = random.randbytes(16)", 'key = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), salt, 600000)',
                                 "result = (salt + key).hex()"], imports=R + ["import hashlib"])
case(WR, "numpy_otp", True, ['!digits = np.random.randint(0, 10, size=6)', 'otp = "".join(str(d) for d in digits)', "result = len(otp + bar)"],
     imports=["import numpy as np"])
case(WR, "seeded_api_key", True, ["rng = random.Random(int(time.time()))", '!api_key = "".join(rng.choice(ALPHABET) for _ in range(40))',
                                 "result = len(api_key + bar)"], imports=RS + ["import time"], setup=ALPHA)
case(WR, "seed_then_token", True, ["random.seed(time.time())", '!access_token = "%x" % random.getrandbits(64)', "result = len(access_token + bar)"],
     imports=R + ["import time"])
case(WR, "systemrandom_imported_unused", True, ["sysrand = random.SystemRandom()", '!temp_password = "".join(random.choice(ALPHABET) for _ in range(12))',
                                               "result = len(temp_password + bar) + int(sysrand.random() > 2)"], imports=RS, setup=ALPHA)
case(WR, "rng_reassigned_weak", True, ["rng = random.SystemRandom()", "rng = random.Random()", '!invite_code = "".join(rng.choice(ALPHABET) for _ in range(10))',
                                      "result = len(invite_code + bar)"], imports=RS, setup=ALPHA)
case(WR, "alias_randint_pin", True, ['!pin = str(ri(1000, 9999))', "result = len(pin + bar)"], imports=["from random import randint as ri"])
case(WR, "sample_invite_code", True, ['!invite_code = "".join(str(d) for d in random.sample(range(10), 6))', "result = len(invite_code + bar)"], imports=R)
case(WR, "hashed_random_token", True, ['!verify_token = hashlib.sha256(str(random.random()).encode("utf-8")).hexdigest()',
                                      "result = len(verify_token + bar)"], imports=R + ["import hashlib"])
case(WR, "temp_password_shuffle", True, ["chars = list(ALPHABET)", "!random.shuffle(chars)", 'new_password = "".join(chars[:12])',
                                        "result = len(new_password + bar)"], imports=RS, setup=ALPHA)
case(WR, "shuffle_ui_cards", False, ["cards = list(FEATURED)", "random.shuffle(cards)", "result = cards[:3] + [bar[:0]]"], imports=R,
     setup=['FEATURED = ["shoes", "hats", "bags", "belts", "socks"]'])
case(WR, "sample_analytics", False, ["events = list(range(1000))", "picked = random.sample(events, 10)", "result = sum(picked) + len(bar)"], imports=R)
case(WR, "backoff_jitter", False, ["attempt = min(len(bar), 5)", "delay = 0.1 * 2 ** attempt + random.uniform(0, 0.05)", "result = round(delay, 3)"], imports=R)
case(WR, "ab_bucket", False, ['variant = "B" if random.randint(0, 99) < 50 else "A"', "result = variant + bar[:0]"], imports=R)
case(WR, "display_color", False, ['color = "#%06x" % random.randint(0, 0xFFFFFF)', "result = color + bar[:0]"], imports=R)
case(WR, "rate_limit_tokens_jitter", False, ["refill_jitter = random.uniform(0.9, 1.1)", "tokens_per_second = RATE * refill_jitter",
                                            "result = round(tokens_per_second, 2) + len(bar)"], imports=R, setup=["RATE = 5.0"])
case(WR, "numpy_chart_noise", False, ["noise = np.random.normal(0, 1, size=20)", "result = float(noise.mean()) + len(bar)"], imports=["import numpy as np"])
case(WR, "secrets_otp", False, ['otp_code = "%06d" % secrets.randbelow(1000000)', "PENDING_OTPS[bar[:32]] = otp_code", "result = len(PENDING_OTPS)"],
     imports=["import secrets"], setup=["PENDING_OTPS = {}"])
case(WR, "secrets_reset_link", False, ["token = secrets.token_urlsafe(32)", 'reset_link = "https://shop.example.com/reset?token=" + token',
                                      "result = len(reset_link) + len(bar)"], imports=["import secrets"])
case(WR, "systemrandom_alias", False, ['temp_password = "".join(SR().choice(ALPHABET) for _ in range(12))', "result = len(temp_password + bar)"],
     imports=["import string", "from random import SystemRandom as SR"], setup=ALPHA)
case(WR, "rng_reassigned_system", False, ["rng = random.Random()", "rng = random.SystemRandom()", 'invite_code = "".join(rng.choice(ALPHABET) for _ in range(10))',
                                         "result = len(invite_code + bar)"], imports=RS, setup=ALPHA)
case(WR, "urandom_salt", False, ["salt = os.urandom(16)", 'key = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), salt, 600000)', "result = (salt + key).hex()"],
     imports=["import hashlib", "import os"])
case(WR, "uuid4_reset", False, ["token = uuid.uuid4().hex", 'reset_link = "https://shop.example.com/reset?token=" + token', "result = len(reset_link) + len(bar)"],
     imports=["import uuid"])
case(WR, "dead_branch_random_token", False, ["if False:", '    session_id = "%032x" % random.getrandbits(128)', "else:", "    session_id = secrets.token_hex(16)",
                                            "SESSIONS[session_id] = bar[:16]", "result = len(SESSIONS)"], imports=R + ["import secrets"], setup=["SESSIONS = {}"])
case(WR, "seeded_test_fixture_order", False, ["rng = random.Random(42)", "order = list(range(10))", "rng.shuffle(order)", "result = order[:3] + [len(bar)]"],
     imports=R)

# ==========================================================================
# tlsverify
# ==========================================================================
URL = g3.TLS_URL
TL = dict(imports=["import requests"], setup=g3.PROXY_SETUP)
HC = g4.HC
HCI = g4.HCI
TV = "tlsverify"
case(TV, "requests_post_verify_false", True, ['!resp = requests.post(%s, data={"q": bar}, verify=False, proxies=PROXIES, timeout=5)' % URL,
                                             "result = resp.status_code"], **TL)
case(TV, "session_request_verify_false", True, ["s = requests.Session()", "s.proxies.update(PROXIES)",
                                               '!resp = s.request("GET", %s, params={"q": bar}, verify=False, timeout=5)' % URL, "result = resp.status_code"], **TL)
case(TV, "httpx_get_verify_false", True, ['!resp = httpx.get(%s, params={"q": bar}, verify=False, proxy="http://egress.internal:3128")' % URL,
                                         "result = resp.status_code"], imports=["import httpx"])
case(TV, "httpx_client_module_const", True, ['!with httpx.Client(verify=VERIFY_TLS, proxy="http://egress.internal:3128") as client:',
                                            '    result = client.get(%s, params={"q": bar}).status_code' % URL], imports=["import httpx"], setup=["VERIFY_TLS = False"])
case(TV, "httpx_client_module_const_true", False, ['with httpx.Client(verify=VERIFY_TLS, proxy="http://egress.internal:3128") as client:',
                                                  '    result = client.get(%s, params={"q": bar}).status_code' % URL], imports=["import httpx"], setup=["VERIFY_TLS = True"])
SETTINGS_CLS = lambda v: ["class Settings:", "    VERIFY_SSL = %s" % v, "    TIMEOUT = 5"]
case(TV, "settings_class_false", True, ['!resp = requests.get(%s, params={"q": bar}, verify=Settings.VERIFY_SSL, proxies=PROXIES, timeout=Settings.TIMEOUT)' % URL,
                                       "result = resp.status_code"], module=SETTINGS_CLS("False"), **TL)
case(TV, "settings_class_true", False, ['resp = requests.get(%s, params={"q": bar}, verify=Settings.VERIFY_SSL, proxies=PROXIES, timeout=Settings.TIMEOUT)' % URL,
                                       "result = resp.status_code"], module=SETTINGS_CLS("True"), **TL)
case(TV, "kwargs_dict_false", True, ['opts = {"verify": False, "timeout": 5, "proxies": PROXIES}', '!resp = requests.get(%s, params={"q": bar}, **opts)' % URL,
                                    "result = resp.status_code"], **TL)
case(TV, "kwargs_dict_true", False, ['opts = {"verify": True, "timeout": 5, "proxies": PROXIES}', 'resp = requests.get(%s, params={"q": bar}, **opts)' % URL,
                                    "result = resp.status_code"], **TL)
case(TV, "not_insecure_true", True, ['!resp = requests.get(%s, params={"q": bar}, verify=not INSECURE, proxies=PROXIES, timeout=5)' % URL,
                                    "result = resp.status_code"], imports=["import requests"], setup=g3.PROXY_SETUP + ["INSECURE = True"])
case(TV, "not_insecure_false", False, ['resp = requests.get(%s, params={"q": bar}, verify=not INSECURE, proxies=PROXIES, timeout=5)' % URL,
                                      "result = resp.status_code"], imports=["import requests"], setup=g3.PROXY_SETUP + ["INSECURE = False"])
case(TV, "session_verify_turned_back_on", False, ["s = requests.Session()", "s.verify = False", "s.verify = True", "s.proxies.update(PROXIES)",
                                                 'resp = s.get(%s, params={"q": bar}, timeout=5)' % URL, "result = resp.status_code"], **TL)
case(TV, "verify_dead_branch", False, ["verify = True", "if DEBUG_TLS:", "    verify = False",
                                      'resp = requests.get(%s, params={"q": bar}, verify=verify, proxies=PROXIES, timeout=5)' % URL, "result = resp.status_code"],
     imports=["import requests"], setup=g3.PROXY_SETUP + ["DEBUG_TLS = False"])
case(TV, "verify_flag_turned_off", True, ["verify = True", "if DEBUG_TLS:", "    verify = False",
                                         '!resp = requests.get(%s, params={"q": bar}, verify=verify, proxies=PROXIES, timeout=5)' % URL, "result = resp.status_code"],
     imports=["import requests"], setup=g3.PROXY_SETUP + ["DEBUG_TLS = True"])
case(TV, "env_default_on", False, ['resp = requests.get(%s, params={"q": bar}, verify=os.environ.get("REQUESTS_CA_BUNDLE", True), proxies=PROXIES, timeout=5)' % URL,
                                  "result = resp.status_code"], imports=["import os", "import requests"], setup=g3.PROXY_SETUP)
case(TV, "env_flag_default_on", False, ['resp = requests.get(%s, params={"q": bar}, verify=VERIFY_SSL, proxies=PROXIES, timeout=5)' % URL,
                                       "result = resp.status_code"], imports=["import os", "import requests"],
     setup=g3.PROXY_SETUP + ['VERIFY_SSL = os.getenv("VERIFY_SSL", "true").lower() in ("1", "true", "yes")'])
case(TV, "urllib3_cert_none_string", True, ['!http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_NONE", assert_hostname=False)',
                                           'resp = http.request("GET", %s, fields={"q": bar})' % URL, "result = resp.status"], imports=["import urllib3"])
case(TV, "urllib3_ca_certs", False, ['http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")',
                                    'resp = http.request("GET", %s, fields={"q": bar})' % URL, "result = resp.status"], imports=["import urllib3"])
case(TV, "check_hostname_off_only", True, ["ctx = ssl.create_default_context()", "!ctx.check_hostname = False"] + HC, imports=HCI)
case(TV, "tls_client_cert_none", True, ["ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)", "!ctx.check_hostname = False", "!ctx.verify_mode = ssl.CERT_NONE"] + HC,
     imports=HCI)
case(TV, "server_auth_purpose", False, ["ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)"] + HC, imports=HCI)
case(TV, "unverified_context_var", True, ["!ctx = ssl._create_unverified_context()"] + HC, imports=HCI)
case(TV, "global_default_context_replaced", True, ['conn = http.client.HTTPSConnection("partner.example.com")',
                                                  'conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))', "result = conn.getresponse().status"],
     imports=HCI, setup=["!ssl._create_default_https_context = ssl._create_unverified_context"])
case(TV, "context_cafile", False, ['ctx = ssl.create_default_context(cafile="/etc/ssl/certs/partner-ca.pem")'] + HC, imports=HCI)
case(TV, "context_required_after_optional", False, ["ctx = ssl.create_default_context()", "ctx.verify_mode = ssl.CERT_OPTIONAL",
                                                   "ctx.verify_mode = ssl.CERT_REQUIRED"] + HC, imports=HCI)
case(TV, "aiohttp_connector_ssl_false", True, ["!connector = aiohttp.TCPConnector(ssl=False)", "async with aiohttp.ClientSession(connector=connector) as client:",
                                              '    async with client.get(%s, params={"q": bar}, proxy="http://egress.internal:3128") as resp:' % URL,
                                              "        result = resp.status"], imports=["import aiohttp"], fws=("fastapi",), asyn=True)
case(TV, "aiohttp_connector_ssl_context", False, ["connector = aiohttp.TCPConnector(ssl=ssl.create_default_context())",
                                                 "async with aiohttp.ClientSession(connector=connector) as client:",
                                                 '    async with client.get(%s, params={"q": bar}, proxy="http://egress.internal:3128") as resp:' % URL,
                                                 "        result = resp.status"], imports=["import aiohttp", "import ssl"], fws=("fastapi",), asyn=True)
case(TV, "httpx_async_ctx", False, ['async with httpx.AsyncClient(verify=ssl.create_default_context(), proxy="http://egress.internal:3128") as client:',
                                   '    result = (await client.get(%s, params={"q": bar})).status_code' % URL], imports=["import httpx", "import ssl"],
     fws=("fastapi",), asyn=True)
case(TV, "requests_verify_ca_const", False, ['resp = requests.get(%s, params={"q": bar}, verify=CA_BUNDLE, proxies=PROXIES, timeout=5)' % URL,
                                            "result = resp.status_code"], imports=["import requests"],
     setup=g3.PROXY_SETUP + ['CA_BUNDLE = "/etc/ssl/certs/partner-ca.pem"'])

# ==========================================================================
# jwt
# ==========================================================================
J = dict(imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]'])
JW = "jwt"
case(JW, "decode_complete_unverified", True, ['!token = jwt.decode_complete(bar, options={"verify_signature": False})', 'result = token["payload"].get("sub")'],
     **J)
case(JW, "unverified_with_algorithms", True, ['!claims = jwt.decode(bar, algorithms=["HS256"], options={"verify_signature": False})', 'result = claims.get("sub")'],
     **J)
case(JW, "module_options_off", True, ["!claims = jwt.decode(bar, JWT_KEY, algorithms=[\"HS256\"], options=JWT_OPTIONS)", 'result = claims.get("sub")'],
     imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]', 'JWT_OPTIONS = {"verify_signature": False, "require": ["exp"]}'])
case(JW, "module_options_on", False, ["claims = jwt.decode(bar, JWT_KEY, algorithms=[\"HS256\"], options=JWT_OPTIONS)", 'result = claims.get("sub")'],
     imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]', 'JWT_OPTIONS = {"verify_signature": True, "require": ["exp"]}'])
case(JW, "verify_flag_const_off", True, ['!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": VERIFY_JWT})',
                                        'result = claims.get("sub")'], imports=["import os", "import jwt"],
     setup=['JWT_KEY = os.environ["JWT_KEY"]', "VERIFY_JWT = False"])
case(JW, "verify_flag_const_on", False, ['claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": VERIFY_JWT})',
                                        'result = claims.get("sub")'], imports=["import os", "import jwt"],
     setup=['JWT_KEY = os.environ["JWT_KEY"]', "VERIFY_JWT = True"])
case(JW, "options_turned_back_on", False, ['opts = {"verify_signature": False}', 'opts["verify_signature"] = True',
                                          'claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options=opts)', 'result = claims.get("sub")'], **J)
case(JW, "jose_jws_unverified", True, ["!claims = json.loads(jws.get_unverified_claims(bar))", 'result = claims.get("sub")'],
     imports=["import json", "from jose import jws"])
case(JW, "jose_jws_verify", False, ['payload = jws.verify(bar, JWT_KEY, algorithms=["HS256"])', 'result = json.loads(payload).get("sub")'],
     imports=["import json", "import os", "from jose import jws"], setup=['JWT_KEY = os.environ["JWT_KEY"]'])
case(JW, "jose_unverified_claims_alias", True, ["!claims = get_unverified_claims(bar)", 'result = claims.get("sub")'],
     imports=["from jose.jwt import get_unverified_claims"])
case(JW, "jose_decode_verified_exp_off", False, ['claims = jose_jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_exp": False})',
                                                'result = claims.get("sub")'], imports=["import os", "from jose import jwt as jose_jwt"],
     setup=['JWT_KEY = os.environ["JWT_KEY"]'])
case(JW, "manual_b64_payload", True, ['payload_b64 = bar.split(".")[1]', '!claims = json.loads(base64.urlsafe_b64decode(payload_b64 + "=" * (-len(payload_b64) % 4)))',
                                     'result = claims.get("sub")'], imports=["import base64", "import json"])
case(JW, "peek_issuer_then_verify", False, ['unverified = jwt.decode(bar, options={"verify_signature": False})', 'key = ISSUER_KEYS[unverified["iss"]]',
                                           'claims = jwt.decode(bar, key, algorithms=["RS256"], issuer=unverified["iss"])', 'result = claims.get("sub")'],
     imports=["import jwt"], setup=['ISSUER_KEYS = {"https://id.example.com": open("/etc/app/id-public.pem").read()}'])
case(JW, "authlib_decode_validate", False, ["claims = authlib_jwt.decode(bar, JWT_KEY)", "claims.validate()", 'result = claims.get("sub")'],
     imports=["import os", "from authlib.jose import jwt as authlib_jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]'])
case(JW, "decode_multiple_asym_algs", False, ['claims = jwt.decode(bar, PUBLIC_KEY, algorithms=["RS256", "ES256"], audience="api")', 'result = claims.get("sub")'],
     imports=["import jwt"], setup=['PUBLIC_KEY = open("/etc/app/jwt-public.pem").read()'])
case(JW, "dead_branch_unverified", False, ["if False:", '    claims = jwt.decode(bar, options={"verify_signature": False})', "else:",
                                          '    claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"])', 'result = claims.get("sub")'], **J)
case(JW, "pyjwt_instance_verified", False, ['claims = jwt.PyJWT().decode(bar, JWT_KEY, algorithms=["HS256"], leeway=10)', 'result = claims.get("sub")'], **J)
case(JW, "decode_complete_verified", False, ['token = jwt.decode_complete(bar, JWT_KEY, algorithms=["HS512"])', 'result = token["payload"].get("sub")'], **J)
case(JW, "verify_flag_turned_off", True, ["verify = True", "if SKIP_JWT_CHECK:", "    verify = False",
                                         '!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})', 'result = claims.get("sub")'],
     imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]', "SKIP_JWT_CHECK = True"])
case(JW, "jose_module_options_off", True, ["!claims = jose_jwt.decode(bar, JWT_KEY, algorithms=[\"HS256\"], options=JOSE_OPTIONS)", 'result = claims.get("sub")'],
     imports=["import os", "from jose import jwt as jose_jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]', 'JOSE_OPTIONS = {"verify_signature": False, "verify_aud": False}'])
case(JW, "options_spread_override", True, ['!claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={**BASE_OPTIONS, "verify_signature": False})',
                                          'result = claims.get("sub")'], imports=["import os", "import jwt"],
     setup=['JWT_KEY = os.environ["JWT_KEY"]', 'BASE_OPTIONS = {"require": ["exp", "sub"]}'])
case(JW, "verify_flag_dead", False, ["verify = True", "if SKIP_JWT_CHECK:", "    verify = False",
                                    'claims = jwt.decode(bar, JWT_KEY, algorithms=["HS256"], options={"verify_signature": verify})', 'result = claims.get("sub")'],
     imports=["import os", "import jwt"], setup=['JWT_KEY = os.environ["JWT_KEY"]', "SKIP_JWT_CHECK = False"])

# ==========================================================================
# cookie
# ==========================================================================
CK = "cookie"


def cookie(key, truth, pre, call, fws=None, n=None, **kw):
    case(CK, key, truth, ("cookie", list(pre), call), fws=fws, n=n, **kw)


cookie("django_secure_false", True, [], 'resp.set_cookie("sessionid", bar, secure=False, httponly=True, samesite="Lax")', fws=("django",))
cookie("secure_module_const_false", True, [], 'resp.set_cookie("auth_token", bar, secure=SECURE_COOKIES, httponly=True, samesite="Lax")',
       setup=["SECURE_COOKIES = False"])
cookie("secure_module_const_true", False, [], 'resp.set_cookie("auth_token", bar, secure=SECURE_COOKIES, httponly=True, samesite="Lax")',
       setup=["SECURE_COOKIES = True"])
cookie("opts_dict_httponly_false", True, ['opts = {"secure": True, "httponly": False, "samesite": "Lax"}'], 'resp.set_cookie("session_token", bar, **opts)')
cookie("opts_dict_inline_all", False, [], 'resp.set_cookie("session_token", bar, **{"secure": True, "httponly": True, "samesite": "Strict"})')
cookie("remember_token_noflags", True, [], 'resp.set_cookie("remember_token", bar, max_age=30 * 24 * 3600)')
cookie("jwt_cookie_httponly_missing", True, [], 'resp.set_cookie("access_jwt", bar, secure=True, samesite="Strict")')
cookie("refresh_token_samesite_none_str", True, [], 'resp.set_cookie("refresh_token", bar, secure=True, httponly=True, samesite="None")')
cookie("sid_max_age_only", True, [], 'resp.set_cookie("sid", bar, max_age=3600, path="/")')
cookie("flag_turned_on_before_use", False, ["secure_flag = False", "secure_flag = True"],
       'resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")')
cookie("flag_turned_off_before_use", True, ["secure_flag = True", "secure_flag = False"],
       'resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")')
cookie("flag_folded_true", False, ['secure_flag = len("https") == 5'], 'resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")')
cookie("flag_folded_false", True, ['secure_flag = len("https") == 4'], 'resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")')
cookie("lang_pref_noflags", False, [], 'resp.set_cookie("lang", bar[:5], max_age=365 * 24 * 3600)')
cookie("tz_pref_noflags", False, [], 'resp.set_cookie("tz", "UTC")')
cookie("django_all_flags_max_age", False, [], 'resp.set_cookie("sessionid", bar, max_age=3600, secure=True, httponly=True, samesite="Lax")', fws=("django",))
cookie("fastapi_default_samesite_lax", False, [], 'resp.set_cookie(key="session", value=bar, secure=True, httponly=True)', fws=("fastapi",), n=1)
cookie("fastapi_samesite_none_explicit", True, [], 'resp.set_cookie(key="session", value=bar, secure=True, httponly=True, samesite="none")', fws=("fastapi",), n=1)
cookie("fastapi_secure_missing", True, [], 'resp.set_cookie(key="session", value=bar, httponly=True)', fws=("fastapi",), n=1)
cookie("flags_from_helper", False, [], 'resp.set_cookie("session_token", bar, **cookie_flags())',
       module=["def cookie_flags():", '    return {"secure": True, "httponly": True, "samesite": "Lax"}'])
cookie("flags_from_helper_off", True, [], 'resp.set_cookie("session_token", bar, **cookie_flags())',
       module=["def cookie_flags():", '    return {"secure": False, "httponly": True, "samesite": "Lax"}'])
# Django's response.cookies is a SimpleCookie of morsels
case(CK, "django_morsel_noflags", True, ['resp = JsonResponse({"ok": True})', '!resp.cookies["sessionid"] = bar', "return resp"], fws=("django",),
     imports=["from django.http import JsonResponse"], ret=True)
case(CK, "django_morsel_flags_set", False, ['resp = JsonResponse({"ok": True})', 'resp.cookies["sessionid"] = bar', 'resp.cookies["sessionid"]["secure"] = True',
                                           'resp.cookies["sessionid"]["httponly"] = True', 'resp.cookies["sessionid"]["samesite"] = "Lax"', "return resp"],
     fws=("django",), imports=["from django.http import JsonResponse"], ret=True)
FS = dict(flask=["session"], fws=("flask",), imports=["import os"])
case(CK, "flask_config_secure_false", True, ['session["visits"] = session.get("visits", 0) + 1', "result = len(bar)"], n=1,
     setup=['app.secret_key = os.environ["SECRET_KEY"]', '!app.config["SESSION_COOKIE_SECURE"] = False'], **FS)
case(CK, "flask_config_httponly_false", True, ['session["visits"] = session.get("visits", 0) + 1', "result = len(bar)"], n=1,
     setup=['app.secret_key = os.environ["SECRET_KEY"]', "!app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=False, SESSION_COOKIE_SAMESITE=\"Lax\")"],
     **FS)
case(CK, "flask_config_all_set", False, ['session["visits"] = session.get("visits", 0) + 1', "result = len(bar)"], n=1,
     setup=['app.secret_key = os.environ["SECRET_KEY"]', "app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE=\"Lax\")"],
     **FS)
case(CK, "flask_config_secure_true_item", False, ['session["visits"] = session.get("visits", 0) + 1', "result = len(bar)"], n=1,
     setup=['app.secret_key = os.environ["SECRET_KEY"]', 'app.config["SESSION_COOKIE_SECURE"] = True', 'app.config["SESSION_COOKIE_SAMESITE"] = "Strict"'],
     **FS)
case(CK, "dead_branch_noflags", False, ["resp = make_response(jsonify(ok=True))", "if False:", '    resp.set_cookie("session_token", bar)',
                                       'resp.set_cookie("session_token", bar, secure=True, httponly=True, samesite="Lax")', "return resp"],
     fws=("flask",), flask=["make_response", "jsonify"], ret=True)
case(CK, "dead_branch_noflags", False, ['resp = JsonResponse({"ok": True})', "if False:", '    resp.set_cookie("sessionid", bar)',
                                       'resp.set_cookie("sessionid", bar, secure=True, httponly=True, samesite="Lax")', "return resp"],
     fws=("django",), imports=["from django.http import JsonResponse"], ret=True)

# ==========================================================================
# xxe
# ==========================================================================
LX = ["from lxml import etree"]
XX = "xxe"
FIND = 'result = root.findtext("name")'
case(XX, "resolve_true_no_network", True, ["parser = etree.XMLParser(resolve_entities=True, no_network=True)",
                                          '!root = etree.fromstring(bar.encode("utf-8"), parser)', FIND], imports=LX)
case(XX, "opts_dict_resolve_true", True, ['opts = {"resolve_entities": True, "load_dtd": True}', "parser = etree.XMLParser(**opts)",
                                         '!root = etree.fromstring(bar.encode("utf-8"), parser)', FIND], imports=LX)
case(XX, "opts_dict_resolve_false", False, ['opts = {"resolve_entities": False, "no_network": True}', "parser = etree.XMLParser(**opts)",
                                           'root = etree.fromstring(bar.encode("utf-8"), parser)', FIND], imports=LX)
case(XX, "module_const_resolve_true", True, ["parser = etree.XMLParser(resolve_entities=RESOLVE_ENTITIES)", '!root = etree.XML(bar.encode("utf-8"), parser)', FIND],
     imports=LX, setup=["RESOLVE_ENTITIES = True"])
case(XX, "module_const_resolve_false", False, ["parser = etree.XMLParser(resolve_entities=RESOLVE_ENTITIES)", 'root = etree.XML(bar.encode("utf-8"), parser)', FIND],
     imports=LX, setup=["RESOLVE_ENTITIES = False"])
case(XX, "parser_reassigned_unsafe", True, ["parser = etree.XMLParser(resolve_entities=False)", "parser = etree.XMLParser(resolve_entities=True)",
                                           '!root = etree.fromstring(bar.encode("utf-8"), parser)', FIND], imports=LX)
case(XX, "parser_reassigned_safe", False, ["parser = etree.XMLParser(resolve_entities=True)", "parser = etree.XMLParser(resolve_entities=False)",
                                          'root = etree.fromstring(bar.encode("utf-8"), parser)', FIND], imports=LX)
case(XX, "unsafe_parser_dead_branch", False, ["parser = etree.XMLParser(resolve_entities=False, no_network=True)", "if False:",
                                             "    parser = etree.XMLParser(resolve_entities=True)", 'root = etree.fromstring(bar.encode("utf-8"), parser)', FIND],
     imports=LX)
case(XX, "two_parsers_safe_used", False, ["lenient = etree.XMLParser(resolve_entities=True)", "strict = etree.XMLParser(resolve_entities=False, no_network=True)",
                                         'root = etree.fromstring(bar.encode("utf-8"), strict)', "result = root.findtext(\"name\") or str(lenient)"], imports=LX)
case(XX, "two_parsers_unsafe_used", True, ["lenient = etree.XMLParser(resolve_entities=True)", "strict = etree.XMLParser(resolve_entities=False, no_network=True)",
                                          '!root = etree.fromstring(bar.encode("utf-8"), lenient)', "result = root.findtext(\"name\") or str(strict)"], imports=LX)
case(XX, "iterparse_resolve_true", True, ['!events = etree.iterparse(io.BytesIO(bar.encode("utf-8")), resolve_entities=True, load_dtd=True)',
                                         "result = sum(1 for _ in events)"], imports=LX + ["import io"])
case(XX, "objectify_unsafe_parser", True, ["parser = objectify.makeparser(resolve_entities=True)", '!root = objectify.fromstring(bar.encode("utf-8"), parser)',
                                          "result = root.tag"], imports=["from lxml import objectify"])
case(XX, "etcompat_unsafe", True, ["parser = etree.ETCompatXMLParser(resolve_entities=True)", '!root = etree.fromstring(bar.encode("utf-8"), parser)', FIND],
     imports=LX)
case(XX, "parse_stringio_dtd_network", True, ["parser = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)",
                                             "!tree = etree.parse(io.StringIO(bar), parser)", 'result = tree.getroot().findtext("name")'], imports=LX + ["import io"])
case(XX, "feed_parser_unsafe", True, ["parser = etree.XMLParser(resolve_entities=True)", "parser.feed(bar)", "!root = parser.close()", FIND], imports=LX)
case(XX, "sax_feature_int_true", True, ["parser = xml.sax.make_parser()", "parser.setFeature(xml.sax.handler.feature_external_ges, 1)",
                                       "parser.setContentHandler(xml.sax.ContentHandler())", '!parser.parse(io.BytesIO(bar.encode("utf-8")))', "result = True"],
     imports=["import io", "import xml.sax", "import xml.sax.handler"])
case(XX, "inline_safe_parser", False, ['root = etree.fromstring(bar.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))', FIND],
     imports=LX)
case(XX, "unsafe_parser_const_doc", False, ["parser = etree.XMLParser(resolve_entities=True)", "root = etree.fromstring(TEMPLATE_XML, parser)",
                                           'result = root.findtext("name") + bar[:0]'], imports=LX,
     setup=['TEMPLATE_XML = b"<!DOCTYPE r [<!ENTITY n \\"Widget\\">]><r><name>&n;</name></r>"'])
SAXI = ["import io", "import xml.sax", "from xml.sax.handler import feature_external_ges"]
case(XX, "sax_feature_uri_true", True, ["parser = xml.sax.make_parser()", 'parser.setFeature("http://xml.org/sax/features/external-general-entities", True)',
                                       "parser.setContentHandler(xml.sax.ContentHandler())", '!parser.parse(io.BytesIO(bar.encode("utf-8")))', "result = True"],
     imports=["import io", "import xml.sax"])
case(XX, "sax_feature_turned_off", False, ["parser = xml.sax.make_parser()", "parser.setFeature(feature_external_ges, True)",
                                          "parser.setFeature(feature_external_ges, False)", "parser.setContentHandler(xml.sax.ContentHandler())",
                                          'parser.parse(io.BytesIO(bar.encode("utf-8")))', "result = True"], imports=SAXI)
case(XX, "pulldom_unsafe_sax_parser", True, ["sax_parser = xml.sax.make_parser()", "sax_parser.setFeature(feature_external_ges, True)",
                                            "!events = pulldom.parseString(bar, parser=sax_parser)", "result = sum(1 for _ in events)"],
     imports=["import xml.sax", "from xml.dom import pulldom", "from xml.sax.handler import feature_external_ges"])
case(XX, "minidom_unsafe_sax_parser", True, ["sax_parser = xml.sax.make_parser()", "sax_parser.setFeature(feature_external_ges, True)",
                                            "!doc = minidom.parseString(bar, parser=sax_parser)", "result = doc.documentElement.tagName"],
     imports=["import xml.sax", "from xml.dom import minidom", "from xml.sax.handler import feature_external_ges"])
# xml.sax, minidom and pulldom on request data: no external entities since
# Python 3.7.1, but the audit's checklist counts them as XXE-1 findings (XML
# from the client parsed without defusedxml), so they are true here.
case(XX, "sax_parsestring_default", True, ["handler = xml.sax.ContentHandler()", '!xml.sax.parseString(bar.encode("utf-8"), handler)', "result = True"],
     imports=["import xml.sax"])
case(XX, "minidom_default", True, ["!doc = minidom.parseString(bar)", "result = doc.documentElement.tagName"], imports=["from xml.dom import minidom"])
case(XX, "pulldom_default", True, ["!events = pulldom.parseString(bar)", "result = sum(1 for _ in events)"], imports=["from xml.dom import pulldom"])
case(XX, "elementtree_fromstring", False, ["root = ET.fromstring(bar)", FIND], imports=["import xml.etree.ElementTree as ET"])
case(XX, "defused_sax", False, ["handler = xml.sax.ContentHandler()", 'defusedxml.sax.parseString(bar.encode("utf-8"), handler)', "result = True"],
     imports=["import xml.sax", "import defusedxml.sax"])
case(XX, "defused_pulldom", False, ["events = defusedxml.pulldom.parseString(bar)", "result = sum(1 for _ in events)"], imports=["import defusedxml.pulldom"])
case(XX, "defused_et_parse", False, ['tree = DefusedET.parse(io.BytesIO(bar.encode("utf-8")))', 'result = tree.getroot().findtext("name")'],
     imports=["import io", "import defusedxml.ElementTree as DefusedET"])

# ==========================================================================
# xpath
# ==========================================================================
XP = dict(imports=["from lxml import etree"], setup=g3.XML_SETUP)
XPC = "xpath"
case(XPC, "percent_format", True, ["!nodes = EMPLOYEES.xpath(\"//Employee[@name='%s']/salary\" % bar)", "result = len(nodes)"], **XP)
case(XPC, "fstring", True, ["!nodes = EMPLOYEES.xpath(f\"//Employee[@dept='{bar}']\")", "result = len(nodes)"], **XP)
case(XPC, "expr_var_join", True, ['expr = "".join(["//Employee[@id=\'", bar, "\']"])', "!nodes = EMPLOYEES.xpath(expr)", "result = len(nodes)"], **XP)
case(XPC, "format_kwargs", True, ["expr = \"//Employee[@name='{name}']\".format(**{\"name\": bar})", "!nodes = EMPLOYEES.xpath(expr)", "result = len(nodes)"], **XP)
case(XPC, "compiled_percent", True, ["!find = etree.XPath(\"//Employee[@id='%s']/text()\" % bar)", "result = len(find(EMPLOYEES))"], **XP)
case(XPC, "etxpath_concat", True, ["!find = etree.ETXPath(\"//{urn:staff}Employee[@name='\" + bar + \"']\")", "result = len(find(EMPLOYEES))"], **XP)
case(XPC, "etxpath_variables", False, ['find = etree.ETXPath("//{urn:staff}Employee[@name=$name]")', "result = len(find(EMPLOYEES, name=bar))"], **XP)
case(XPC, "element_evaluator", True, ["evaluator = etree.XPathElementEvaluator(EMPLOYEES.getroot())", "!nodes = evaluator(\"//Employee[@name='\" + bar + \"']\")",
                                     "result = len(nodes)"], **XP)
case(XPC, "element_evaluator_vars", False, ["evaluator = etree.XPathElementEvaluator(EMPLOYEES.getroot())", 'nodes = evaluator("//Employee[@name=$n]", n=bar)',
                                           "result = len(nodes)"], **XP)
case(XPC, "parsel_selector", True, ['sel = Selector(text=PAGE)', "!names = sel.xpath(f\"//li[@class='{bar}']/text()\").getall()", "result = len(names)"],
     imports=["from parsel import Selector"], setup=['PAGE = "<ul><li class=\\"a\\">x</li><li class=\\"b\\">y</li></ul>"'])
case(XPC, "parsel_selector_vars", False, ['sel = Selector(text=PAGE)', 'names = sel.xpath("//li[@class=$cls]/text()", cls=bar).getall()', "result = len(names)"],
     imports=["from parsel import Selector"], setup=['PAGE = "<ul><li class=\\"a\\">x</li><li class=\\"b\\">y</li></ul>"'])
case(XPC, "elementpath_select", True, ["!nodes = elementpath.select(EMPLOYEES.getroot(), \"//Employee[@name='%s']\" % bar)", "result = len(nodes)"],
     imports=["import elementpath", "from lxml import etree"], setup=g3.XML_SETUP)
case(XPC, "variables_smart_strings", False, ['nodes = EMPLOYEES.xpath("//Employee[@name=$name]/salary/text()", name=bar, smart_strings=False)',
                                            "result = len(nodes)"], **XP)
case(XPC, "allowlist_dict_field", False, ['field = FIELDS.get(bar, "name")', 'nodes = EMPLOYEES.xpath("//Employee/" + field + "/text()")', "result = len(nodes)"],
     setup=g3.XML_SETUP + ['FIELDS = {"n": "name", "t": "title", "s": "salary"}'], imports=["from lxml import etree"])
case(XPC, "int_position_fstring", False, ["position = int(bar)", 'nodes = EMPLOYEES.xpath(f"//Employee[{position}]/name/text()")', "result = len(nodes)"], **XP)
case(XPC, "strip_single_quote_delim", False, ["name = bar.replace(\"'\", \"\")", "nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + name + \"']\")",
                                             "result = len(nodes)"], **XP)
case(XPC, "strip_double_quote_wrong_delim", True, ["name = bar.replace('\"', \"\")", "!nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + name + \"']\")",
                                                  "result = len(nodes)"], **XP)
case(XPC, "reassigned_const", False, ['name = bar', 'name = "alice"', "nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + name + \"']\")", "result = len(nodes)"], **XP)
case(XPC, "dead_branch_concat", False, ["if False:", "    nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + bar + \"']\")", "else:",
                                       '    nodes = EMPLOYEES.xpath("//Employee[@name=$n]", n=bar)', "result = len(nodes)"], **XP)
case(XPC, "fullmatch_guard", False, ['if not re.fullmatch(r"[A-Za-z0-9]+", bar):', "    REJECT", "nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + bar + \"']\")",
                                    "result = len(nodes)"], imports=["import re", "from lxml import etree"], setup=g3.XML_SETUP)
case(XPC, "fold_const_choice", False, ['name = "alice" if (7 * 18) + 106 > 200 else bar', "nodes = EMPLOYEES.xpath(\"//Employee[@name='\" + name + \"']\")",
                                      "result = len(nodes)"], **XP)

# ==========================================================================
# ldap
# ==========================================================================
LD = dict(imports=["import ldap"], setup=g3.LDAP_SETUP)
L3 = dict(imports=["import ldap3"], setup=g3.LDAP_SETUP)
L3C = 'conn = ldap3.Connection(ldap3.Server("ldap://ldap.example.org"), auto_bind=True)'
LDC = 'conn = ldap.initialize("ldap://ldap.example.org")'
LC = "ldap"
case(LC, "search_ext_s_fstring", True, [LDC, '!entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_SUBTREE, f"(mail={bar})", ["cn"])', "result = len(entries)"], **LD)
case(LC, "search_st_filterstr_kw", True, [LDC, '!entries = conn.search_st(LDAP_BASE, ldap.SCOPE_SUBTREE, filterstr="(cn=" + bar + ")", timeout=5)',
                                         "result = len(entries)"], **LD)
case(LC, "ldap3_positional", True, [L3C, '!conn.search(LDAP_BASE, "(uid=" + bar + ")", attributes=["cn"])', "result = len(conn.entries)"], **L3)
case(LC, "ldap3_format", True, [L3C, 'flt = "(&(objectClass=person)(sn={}))".format(bar)', "!conn.search(search_base=LDAP_BASE, search_filter=flt)",
                               "result = len(conn.entries)"], **L3)
case(LC, "escape_wrong_var", True, [LDC, "safe_value = escape_filter_chars(bar)", '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")',
                                   "result = len(entries) + len(safe_value)"], imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=g3.LDAP_SETUP)
case(LC, "dn_escape_in_filter", True, [LDC, '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(cn=" + escape_dn_chars(bar) + ")")',
                                      "result = len(entries)"], imports=["import ldap", "from ldap.dn import escape_dn_chars"], setup=g3.LDAP_SETUP)
case(LC, "filter_format_input_template", True, [LDC, '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(uid=" + bar + ")", []))',
                                               "result = len(entries)"], imports=["import ldap", "from ldap.filter import filter_format"], setup=g3.LDAP_SETUP)
case(LC, "one_of_two_escaped", True, [LDC, "uid = escape_filter_chars(bar)", '!entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(|(uid=%s)(mail=%s))" % (uid, bar))',
                                     "result = len(entries)"], imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=g3.LDAP_SETUP)
case(LC, "paged_search", True, [L3C, '!gen = conn.extend.standard.paged_search(LDAP_BASE, "(uid=" + bar + ")", attributes=["cn"], paged_size=50, generator=True)',
                               "result = sum(1 for _ in gen)"], **L3)
case(LC, "search_ext_s_escaped", False, [LDC, 'entries = conn.search_ext_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(mail=%s)" % escape_filter_chars(bar), ["cn"])',
                                        "result = len(entries)"], imports=["import ldap", "from ldap.filter import escape_filter_chars"], setup=g3.LDAP_SETUP)
case(LC, "filter_format_two", False, [LDC, 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, filter_format("(|(uid=%s)(mail=%s))", [bar, bar]))',
                                     "result = len(entries)"], imports=["import ldap", "from ldap.filter import filter_format"], setup=g3.LDAP_SETUP)
case(LC, "ldap3_escape_kw", False, [L3C, 'conn.search(search_base=LDAP_BASE, search_filter="(uid=%s)" % escape_filter_chars(bar))', "result = len(conn.entries)"],
     imports=["import ldap3", "from ldap3.utils.conv import escape_filter_chars"], setup=g3.LDAP_SETUP)
case(LC, "uid_number_int", False, [LDC, 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uidNumber=%d)" % int(bar))', "result = len(entries)"], **LD)
case(LC, "attr_allowlist", False, [LDC, 'attr = ATTRS.get(bar, "cn")', 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(" + attr + "=*)")',
                                  "result = len(entries)"], imports=["import ldap"], setup=g3.LDAP_SETUP + ['ATTRS = {"c": "cn", "m": "mail"}'])
case(LC, "reassigned_const", False, [LDC, "uid = bar", 'uid = "guest"', 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + uid + ")")',
                                    "result = len(entries)"], **LD)
case(LC, "dead_branch_concat", False, [LDC, "if False:", '    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")', "else:",
                                      '    entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=guest)")', "result = len(entries)"], **LD)
case(LC, "alnum_guard", False, [LDC, "if not bar.isalnum():", "    REJECT", 'entries = conn.search_s(LDAP_BASE, ldap.SCOPE_SUBTREE, "(uid=" + bar + ")")',
                               "result = len(entries)"], **LD)
case(LC, "input_in_attributes_only", False, [L3C, 'conn.search(LDAP_BASE, "(objectClass=person)", attributes=[ATTRS.get(bar, "cn")])', "result = len(conn.entries)"],
     imports=["import ldap3"], setup=g3.LDAP_SETUP + ['ATTRS = {"c": "cn", "m": "mail"}'])
case(LC, "ldap3_escape_fstring", False, [L3C, "value = escape_filter_chars(bar)", 'conn.search(LDAP_BASE, f"(&(objectClass=person)(cn={value}))")',
                                        "result = len(conn.entries)"], imports=["import ldap3", "from ldap3.utils.conv import escape_filter_chars"], setup=g3.LDAP_SETUP)

# ==========================================================================
# deser
# ==========================================================================
DS = "deser"
case(DS, "marshal_b64", True, ["!code = marshal.loads(base64.b64decode(bar))", "result = type(code).__name__"], imports=["import base64", "import marshal"])
case(DS, "pickle_zlib_b64", True, ["!obj = pickle.loads(zlib.decompress(base64.urlsafe_b64decode(bar)))", "result = type(obj).__name__"],
     imports=["import base64", "import pickle", "import zlib"])
case(DS, "unpickler_load", True, ["!obj = pickle.Unpickler(io.BytesIO(base64.b64decode(bar))).load()", "result = type(obj).__name__"],
     imports=["import base64", "import io", "import pickle"])
case(DS, "pickle_fromhex", True, ["!obj = pickle.loads(bytes.fromhex(bar))", "result = type(obj).__name__"], imports=["import pickle"])
case(DS, "dill_loads", True, ["!obj = dill.loads(base64.b64decode(bar))", "result = type(obj).__name__"], imports=["import base64", "import dill"])
case(DS, "jsonpickle_loads", True, ["!obj = jsonpickle.loads(bar)", "result = type(obj).__name__"], imports=["import jsonpickle"])
case(DS, "yaml_loader_positional", True, ["!obj = yaml.load(bar, yaml.Loader)", "result = type(obj).__name__"], imports=["import yaml"])
case(DS, "yaml_unsafe_load_all", True, ["!docs = list(yaml.unsafe_load_all(bar))", "result = len(docs)"], imports=["import yaml"])
case(DS, "yaml_loader_module_const", True, ["!obj = yaml.load(bar, Loader=YAML_LOADER)", "result = type(obj).__name__"], imports=["import yaml"],
     setup=["YAML_LOADER = yaml.UnsafeLoader"])
case(DS, "yaml_loader_module_const_safe", False, ["obj = yaml.load(bar, Loader=YAML_LOADER)", "result = type(obj).__name__"], imports=["import yaml"],
     setup=["YAML_LOADER = yaml.SafeLoader"])
case(DS, "yaml_loader_reassigned_safe", False, ["loader = yaml.Loader", "loader = yaml.SafeLoader", "obj = yaml.load(bar, Loader=loader)",
                                               "result = type(obj).__name__"], imports=["import yaml"])
case(DS, "yaml_loader_reassigned_unsafe", True, ["loader = yaml.SafeLoader", "loader = yaml.UnsafeLoader", "!obj = yaml.load(bar, Loader=loader)",
                                                "result = type(obj).__name__"], imports=["import yaml"])
case(DS, "numpy_allow_pickle", True, ["!arr = np.load(io.BytesIO(base64.b64decode(bar)), allow_pickle=True)", "result = str(type(arr))"],
     imports=["import base64", "import io", "import numpy as np"])
case(DS, "numpy_no_pickle", False, ["arr = np.load(io.BytesIO(base64.b64decode(bar)), allow_pickle=False)", "result = str(arr.shape)"],
     imports=["import base64", "import io", "import numpy as np"])
case(DS, "itsdangerous_loads_unsafe_pickle", True, ["s = URLSafeSerializer(SECRET_KEY, serializer=pickle)", "!valid, obj = s.loads_unsafe(bar)",
                                                   "result = type(obj).__name__ if valid else \"invalid\""],
     imports=["import os", "import pickle", "from itsdangerous import URLSafeSerializer"], setup=['SECRET_KEY = os.environ["SECRET_KEY"]'])
case(DS, "itsdangerous_signed_pickle", False, ["s = URLSafeSerializer(SECRET_KEY, serializer=pickle)", "try:", "    obj = s.loads(bar)",
                                              "except BadSignature:", "    REJECT", "result = type(obj).__name__"],
     imports=["import os", "import pickle", "from itsdangerous import BadSignature, URLSafeSerializer"], setup=['SECRET_KEY = os.environ["SECRET_KEY"]'])
case(DS, "signer_unsign_then_pickle", False, ["try:", "    raw = TimestampSigner(SECRET_KEY).unsign(bar, max_age=300)", "except BadSignature:", "    REJECT",
                                             "obj = pickle.loads(base64.b64decode(raw))", "result = type(obj).__name__"],
     imports=["import base64", "import os", "import pickle", "from itsdangerous import BadSignature, TimestampSigner"],
     setup=['SECRET_KEY = os.environ["SECRET_KEY"]'])
case(DS, "signer_bypassed", True, ['raw = bar.rsplit(".", 1)[0]', "!obj = pickle.loads(base64.b64decode(raw))", "result = type(obj).__name__"],
     imports=["import base64", "import pickle"])
case(DS, "django_signing_loads", False, ["try:", "    obj = signing.loads(bar, max_age=3600)", "except signing.BadSignature:", "    REJECT",
                                        "result = type(obj).__name__"], imports=["from django.core import signing"], fws=("django",))
case(DS, "json_object_hook", False, ["obj = json.loads(bar, object_hook=lambda d: {k: str(v) for k, v in d.items()})", "result = type(obj).__name__"],
     imports=["import json"])
case(DS, "msgpack_unpackb", False, ["obj = msgpack.unpackb(base64.b64decode(bar), raw=False)", "result = type(obj).__name__"],
     imports=["import base64", "import msgpack"])
case(DS, "marshal_server_bytes", False, ["code = marshal.loads(COMPILED)", "result = type(code).__name__ + bar[:0]"], imports=["import marshal"],
     setup=['COMPILED = marshal.dumps(compile("1 + 1", "<cfg>", "eval"))'])
case(DS, "shelve_lookup_by_key", False, ['with shelve.open("/var/cache/app/prefs") as db:', '    prefs = db.get(bar, {})', "result = len(prefs)"],
     imports=["import shelve"])
case(DS, "yaml_safe_load_all", False, ["docs = list(yaml.safe_load_all(bar))", "result = len(docs)"], imports=["import yaml"])
case(DS, "yaml_base_loader", False, ["obj = yaml.load(bar, Loader=yaml.BaseLoader)", "result = type(obj).__name__"], imports=["import yaml"])
case(DS, "pickle_dead_branch", False, ["if False:", "    obj = pickle.loads(base64.b64decode(bar))", "else:", "    obj = json.loads(bar)",
                                      "result = type(obj).__name__"], imports=["import base64", "import json", "import pickle"])
case(DS, "pickle_reassigned_const", False, ["data = base64.b64decode(bar)", "data = DEFAULTS_BLOB", "obj = pickle.loads(data)", "result = type(obj).__name__"],
     imports=["import base64", "import pickle"], setup=['DEFAULTS_BLOB = pickle.dumps({"theme": "light"})'])

# ==========================================================================
# trustbound
# ==========================================================================
TB = "trustbound"
SE = dict(flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'], imports=["import os"])
FAPI_SESSION = ["app.add_middleware(SessionMiddleware, secret_key=os.environ[\"SECRET_KEY\"])"]
FAPI_IMP = ["import os", "from starlette.middleware.sessions import SessionMiddleware"]


def sess(key, truth, flask_body, django_body, fastapi_body=None, module=(), setup=(), imports=()):
    """The same session write in each framework's spelling."""
    case(TB, key, truth, flask_body, fws=("flask",), n=1, flask=["session"], setup=['app.secret_key = os.environ["SECRET_KEY"]'] + list(setup),
         imports=["import os"] + list(imports), module=list(module))
    case(TB, key, truth, django_body, fws=("django",), n=1, setup=list(setup), imports=list(imports), module=list(module))
    if fastapi_body is not None:
        case(TB, key, truth, fastapi_body, fws=("fastapi",), n=1, setup=FAPI_SESSION + list(setup), imports=FAPI_IMP + list(imports), module=list(module))


sess("note_direct", True, ['!session["cart_note"] = bar', "result = True"], ['!request.session["cart_note"] = bar', "result = True"],
     ['!request.session["cart_note"] = bar', "result = True"])
sess("setdefault_input", True, ['!session.setdefault("display_name", bar)', "result = True"], ['!request.session.setdefault("display_name", bar)', "result = True"])
sess("history_appended", True, ['!session["history"] = session.get("history", [])[-9:] + [bar]', "result = True"],
     ['!request.session["history"] = request.session.get("history", [])[-9:] + [bar]', "result = True"],
     ['!request.session["history"] = request.session.get("history", [])[-9:] + [bar]', "result = True"])
sess("stripped_lower", True, ['!session["nickname"] = bar.strip().lower()', "result = True"], ['!request.session["nickname"] = bar.strip().lower()', "result = True"])
sess("fstring_value", True, ['!session["greeting"] = f"Hello, {bar}"', "result = True"], ['!request.session["greeting"] = f"Hello, {bar}"', "result = True"],
     ['!request.session["greeting"] = f"Hello, {bar}"', "result = True"])
sess("flag_turned_on_raw", True, ["value = \"guest\"", "if ALLOW_CUSTOM_NAMES:", "    value = bar", '!session["display_name"] = value', "result = True"],
     ["value = \"guest\"", "if ALLOW_CUSTOM_NAMES:", "    value = bar", '!request.session["display_name"] = value', "result = True"],
     setup=["ALLOW_CUSTOM_NAMES = True"])
sess("flag_dead_raw", False, ["value = \"guest\"", "if ALLOW_CUSTOM_NAMES:", "    value = bar", 'session["display_name"] = value', "result = True"],
     ["value = \"guest\"", "if ALLOW_CUSTOM_NAMES:", "    value = bar", 'request.session["display_name"] = value', "result = True"],
     setup=["ALLOW_CUSTOM_NAMES = False"])
sess("counter", False, ['session["visits"] = session.get("visits", 0) + 1', "result = len(bar)"],
     ['request.session["visits"] = request.session.get("visits", 0) + 1', "result = len(bar)"],
     None)
sess("server_id_lookup", False, ['session["user_id"] = USER_IDS.get(bar, 0)', "result = True"], ['request.session["user_id"] = USER_IDS.get(bar, 0)', "result = True"],
     setup=['USER_IDS = {"alice": 1, "bob": 2}'])
sess("timestamp", False, ['session["seen_at"] = time.time()', "result = len(bar)"], ['request.session["seen_at"] = time.time()', "result = len(bar)"],
     None, imports=["import time"])
sess("lang_allowlist_get", False, ['session["lang"] = SUPPORTED.get(bar, "en")', "result = True"], ['request.session["lang"] = SUPPORTED.get(bar, "en")', "result = True"],
     ['request.session["lang"] = SUPPORTED.get(bar, "en")', "result = True"], setup=['SUPPORTED = {"en": "en", "de": "de", "fr": "fr"}'])
sess("csrf_secret", False, ['session["csrf"] = secrets.token_hex(16)', "result = len(bar)"], ['request.session["csrf"] = secrets.token_hex(16)', "result = len(bar)"],
     imports=["import secrets"])
sess("reassigned_const", False, ['value = bar', 'value = "guest"', 'session["display_name"] = value', "result = True"],
     ['value = bar', 'value = "guest"', 'request.session["display_name"] = value', "result = True"])
sess("pop_by_input", False, ['session.pop(bar, None)', "result = True"], ['request.session.pop(bar, None)', "result = True"])
sess("uuid_converted", False, ['session["order_ref"] = str(uuid.UUID(bar))', "result = True"], ['request.session["order_ref"] = str(uuid.UUID(bar))', "result = True"],
     imports=["import uuid"])
sess("dead_branch_write", False, ["if False:", '    session["display_name"] = bar', "result = True"],
     ["if False:", '    request.session["display_name"] = bar', "result = True"])
case(TB, "django_session_update", True, ['!request.session.update({"display_name": bar})', "result = True"], fws=("django",), n=1)
case(TB, "fastapi_session_update_const", False, ['request.session.update({"theme": "dark"})', "result = len(bar)"], fws=("fastapi",), n=1,
     setup=FAPI_SESSION, imports=FAPI_IMP)
case(TB, "fastapi_session_setdefault", True, ['!request.session.setdefault("display_name", bar)', "result = True"], fws=("fastapi",), n=1,
     setup=FAPI_SESSION, imports=FAPI_IMP)


# ==========================================================================
# Rendering
# ==========================================================================


def mark5(lines, rule, truth):
    out = []
    for l in lines:
        wants = []
        if l.lstrip().startswith("!"):
            i = len(l) - len(l.lstrip())
            l = l[:i] + l[i + 1:]
            if truth:
                wants.append(rule)
        if "  #+ " in l:
            l, extra = l.split("  #+ ", 1)
            wants += extra.split()
        if wants:
            l += "  # want: " + " ".join(wants)
        out.append(l)
    return out


def render(cat, fw, src, c5, name):
    rule = RULES[cat]
    truth = c5["truth"]
    kw = c5["kw"]
    c = g3.Ctx()
    c.take(src)
    c.imports |= set(kw.get("imports", []))
    c.flask |= set(kw.get("flask", []))
    if kw.get("module"):
        c.module += list(kw["module"])
    body = c5["body"]
    ret = kw.get("ret", False)
    if isinstance(body, tuple):
        _, pre, call = body
        cb, ck = g3.cookie_body(call, fw)
        c.take(ck)
        body = list(pre) + cb
        ret = True
    lines = ["bar = param"] + mark5(list(body), rule, truth)
    lines = g4.expand_reject(lines, fw, c)
    if not ret:
        nret, nimp = g3.NORMAL_RET[fw]
        c.take(nimp)
        lines += nret
    s2 = dict(src)
    if kw.get("asyn"):
        s2["asyn"] = True
    view, post = g3.view_lines(fw, s2, name, lines)
    header = "# generated case (gen_cases5): category=%s rule=%s fw=%s source=%s shape=%s expected=%s" % (
        cat, rule, fw, src["key"], c5["key"], "true" if truth else "false")
    setup = mark5(list(kw.get("setup", [])), rule, truth)
    c.module = mark5(c.module, rule, truth)
    text = g3.assemble(fw, c.imports, c.flask, setup + c.setup + list(src.get("setup", [])), c.module, view, post, header)
    return text


def main():
    include_pending = os.environ.get("GEN5_ALL") == "1"
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    files = {}
    counts = {}
    skipped = []
    seq = [0]
    keys = set()
    for ci, c5 in enumerate(CASES):
        cat = c5["cat"]
        key = "%s/%s" % (cat, c5["key"])
        fws = c5["fws"]
        if fws is None:
            # two frameworks for every other case, one for the rest
            n = c5["n"] or (2 if ci % 2 == 0 else 1)
            fws = [ALL_FWS[(ci + k) % 3] for k in range(n)]
        keys.add(key)
        for k, fw in enumerate(fws):
            srcs = g3.SOURCES[fw]
            # cookie and session cases need a plain request source
            src = srcs[(ci * 3 + k * 5) % len(srcs)]
            seq[0] += 1
            name = "%05d" % seq[0]
            if key in PENDING and not include_pending:
                skipped.append(key)
                continue
            text = render(cat, fw, src, c5, name)
            fname = "%s/%s_%s_%s_%s.py" % (cat, fw, src["key"], c5["key"], "true" if c5["truth"] else "false")
            assert fname not in files, fname
            ast.parse(text, fname)
            files[fname] = text
            counts.setdefault(cat, [0, 0])[0 if c5["truth"] else 1] += 1
    unknown = PENDING - keys
    assert not unknown, unknown
    write_suite(OUT, files, counts, " (%d pending cases left out; GEN5_ALL=1 writes them)" % len(skipped) if skipped else "")


if __name__ == "__main__":
    main()
