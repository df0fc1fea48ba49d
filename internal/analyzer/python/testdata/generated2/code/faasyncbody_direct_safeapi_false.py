# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncbody propagation=direct sink=safe-api expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/code")
async def handle_code(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param
    result = str(ast.literal_eval(bar))
    return {"result": result}
