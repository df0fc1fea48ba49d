# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=starlette_response_location expected=true
from fastapi import Response
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_starlette_response_location", methods=["GET", "POST"])
def case_starlette_response_location(request: Request, q: str = Query("")):
    param = q
    return Response(status_code=307, headers={"location": param})  # want: PY-OPEN-REDIRECT
