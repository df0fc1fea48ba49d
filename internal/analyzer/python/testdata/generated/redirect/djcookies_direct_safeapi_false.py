# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=direct sink=safe-api expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = param
    return HttpResponseRedirect("/dashboard/")
