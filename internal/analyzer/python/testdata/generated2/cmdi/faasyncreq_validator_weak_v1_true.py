# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=validator_weak sink=v1 expected=true
import subprocess

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_short(value):
    return len(value) < 64


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
