# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasyncreq propagation=direct sink=safe-api expected=false
import ast

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/code")
async def handle_code(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    result = str(ast.literal_eval(bar))
    return {"result": result}
