# generated case: rule=PY-OPEN-REDIRECT source=fapath propagation=reversed_join sink=v0 expected=true
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect/{p}")
def handle_redirect(p: str):
    param = p
    bar = "".join(reversed(param))
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
