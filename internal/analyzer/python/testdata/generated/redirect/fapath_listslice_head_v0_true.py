# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=listslice_head sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[:1][0]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
