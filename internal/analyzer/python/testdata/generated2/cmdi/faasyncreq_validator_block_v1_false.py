# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=validator_block sink=v1 expected=false
import re
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    result = None
    if is_valid(bar):
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
    return {"result": result}
