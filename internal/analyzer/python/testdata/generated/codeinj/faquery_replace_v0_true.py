# generated case: rule=PY-CODE-INJECTION source=faquery propagation=replace sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    bar = param.replace("\t", " ")
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
