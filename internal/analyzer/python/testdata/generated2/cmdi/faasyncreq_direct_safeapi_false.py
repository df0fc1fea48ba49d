# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=direct sink=safe-api expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return {"result": result}
