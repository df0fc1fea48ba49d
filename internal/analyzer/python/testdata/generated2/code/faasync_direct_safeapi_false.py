# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=direct sink=safe-api expected=false
import ast

from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = param
    result = str(ast.literal_eval(bar))
    return {"result": result}
