# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=fstring_prefix_host expected=true
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_fstring_prefix_host", methods=["GET", "POST"])
def case_fstring_prefix_host(request: Request, q: str = Query("")):
    param = q
    return RedirectResponse(url=f"{param}/welcome")  # want: PY-OPEN-REDIRECT
