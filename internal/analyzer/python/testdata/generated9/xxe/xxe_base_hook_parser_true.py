# generated case (gen9): category=xxe rule=PY-XXE fw=fastapi shape=base_hook_parser expected=true
from lxml import etree
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class Reader:
    def read(self, data):
        return etree.fromstring(data, self.parser())  # want: PY-XXE

    def parser(self):
        return etree.XMLParser(resolve_entities=False)


class LegacyReader(Reader):
    def parser(self):
        return etree.XMLParser(resolve_entities=True, no_network=False)


@app.api_route("/xxe_base_hook_parser", methods=["GET", "POST"])
def case_base_hook_parser(request: Request, q: str = Body("", embed=True)):
    param = q
    root = LegacyReader().read(param.encode("utf-8"))
    return {"result": str(root.tag)}
