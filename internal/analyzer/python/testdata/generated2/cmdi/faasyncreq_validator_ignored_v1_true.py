# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=validator_ignored sink=v1 expected=true
import re
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    is_valid(param)
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
