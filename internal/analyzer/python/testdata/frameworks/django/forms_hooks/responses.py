# Django: HttpResponse.write() adds to an HTML page; resp["Location"] is a
# redirect.
from django.http import HttpResponse


def greet(request):
    resp = HttpResponse()
    resp.write("<p>Hello " + request.GET.get("name", "") + "</p>")  # want: PY-XSS
    return resp


def greet_text(request):
    resp = HttpResponse(content_type="text/plain")
    resp.write("Hello " + request.GET.get("name", ""))
    return resp


def bounce(request):
    resp = HttpResponse(status=302)
    resp["Location"] = request.GET["next"]  # want: PY-OPEN-REDIRECT
    return resp
