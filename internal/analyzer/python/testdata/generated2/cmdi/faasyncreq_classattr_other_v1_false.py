# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=classattr_other sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


class Config:
    value = "default"
    other = "safe"


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    Config.value = param
    bar = Config.other
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
