# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=headerparam shape=guard_match_prefix sink=v2 expected=true
import re

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


@app.get("/00151")
def benchmark_test_00151(request: Request, referer: str = Header("")):
    param = referer
    if not re.match(r"[A-Za-z0-9_]+", param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return {"result": str(result)}
