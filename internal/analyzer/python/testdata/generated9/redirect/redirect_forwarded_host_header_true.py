# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=forwarded_host_header expected=true
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_forwarded_host_header", methods=["GET", "POST"])
def case_forwarded_host_header(request: Request, x_forwarded_host: str = Header("example.com")):
    return RedirectResponse("https://" + x_forwarded_host + "/login")  # want: PY-OPEN-REDIRECT
