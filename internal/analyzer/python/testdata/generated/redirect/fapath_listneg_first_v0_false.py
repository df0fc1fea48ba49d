# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=listneg_first sink=v0 expected=false
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[-1]
    return RedirectResponse(bar)
