# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=tuple_index_const sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    t = ("safe", param)
    bar = t[0]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
