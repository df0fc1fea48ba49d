# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=form shape=rsa_bits_module_const expected=true
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI, Request

app = FastAPI()
KEY_BITS = 1024


@app.post("/00053")
async def benchmark_test_00053(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)  # want: PY-WEAK-CIPHER
    result = len(bar) + key.key_size
    return {"result": str(result)}
