# generated case (gen8): category=ssti rule=PY-SSTI fw=fastapi shape=staticmethod_render expected=true
import jinja2
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Mailer:
    @staticmethod
    def body(subject):
        return jinja2.Template("Subject: %s" % subject).render()  # want: PY-SSTI


@app.api_route("/ssti_staticmethod_render", methods=["GET", "POST"])
def case_staticmethod_render(request: Request, q: str = Query("")):
    param = q
    return {"result": str(Mailer.body(param))}
