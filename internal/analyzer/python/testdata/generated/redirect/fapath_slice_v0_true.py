# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=slice sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = param[1:]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
