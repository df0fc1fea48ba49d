# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=queryparams shape=rsa_1024 sink=config expected=true
from cryptography.hazmat.primitives.asymmetric import rsa
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00571")
def benchmark_test_00571(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    key = rsa.generate_private_key(public_exponent=65537, key_size=1024)  # want: PY-WEAK-CIPHER
    result = len(bar) + key.key_size
    return {"result": str(result)}
