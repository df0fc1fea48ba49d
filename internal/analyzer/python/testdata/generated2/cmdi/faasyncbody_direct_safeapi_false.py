# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=direct sink=safe-api expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return {"result": result}
