# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=headerparam variant=cryptography_sha256 expected=false
from cryptography.hazmat.primitives import hashes
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00674")
def benchmark_test_00674(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    digest = hashes.Hash(hashes.SHA256())
    digest.update(bar.encode("utf-8"))
    result = digest.finalize().hex()
    return {"result": str(result)}
