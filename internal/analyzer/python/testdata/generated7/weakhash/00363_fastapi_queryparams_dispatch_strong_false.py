# generated case (gen_cases7): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=queryparams shape=dispatch_strong sink=specific expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()
HASHERS = {"fast": hashlib.md5, "strong": hashlib.sha256}


@app.get("/case-00363")
def case_00363(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    result = HASHERS["strong"](bar.encode("utf-8")).hexdigest()
    return {"result": str(result)}
