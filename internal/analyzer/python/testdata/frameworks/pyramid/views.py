# Pyramid: Response bodies are text/html by default; HTTPFound redirects
from pyramid.httpexceptions import HTTPFound
from pyramid.response import Response
from pyramid.view import view_config


@view_config(route_name="hello")
def hello(request):
    return Response("<p>Hello " + request.matchdict["name"] + "</p>")  # want: PY-XSS


@view_config(route_name="plain")
def plain(request):
    return Response("Hello " + request.params.get("name", ""), content_type="text/plain")  # safe: PY-XSS


@view_config(route_name="go")
def go(request):
    return HTTPFound(location=request.params["next"])  # want: PY-OPEN-REDIRECT
