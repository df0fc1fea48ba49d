# generated case: rule=PY-CODE-INJECTION source=fapath propagation=startswith_choice sink=v1 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    bar = "yes" if param.startswith("a") else "no"
    exec("total = " + bar, {})
    result = True
    return {"result": result}
