# generated case: rule=PY-CODE-INJECTION source=faquery propagation=flagcompare_taint sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    flag = "yes"
    if flag == "yes":
        bar = param
    else:
        bar = "safe"
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
