# generated case: rule=PY-CODE-INJECTION source=faquery propagation=ternary_isalnum sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    bar = param if param.isalnum() else "safe"
    result = str(eval(bar))
    return {"result": result}
