# generated case: rule=PY-OPEN-REDIRECT source=faquery propagation=listslice_tail sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
def handle_redirect(p: str = ""):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    return RedirectResponse(bar)
