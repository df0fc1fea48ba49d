# generated case: rule=PY-CODE-INJECTION source=faquery propagation=direct sink=safe-api expected=false
import ast

from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    bar = param
    result = str(ast.literal_eval(bar))
    return {"result": result}
