# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=global_overwritten sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


LAST = ""


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
