# generated case: rule=PY-XSS source=djmeta propagation=helper_secondarg sink=v1 expected=false
from django.http import HttpResponse, JsonResponse


def pick(first, second):
    return first


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    bar = pick("fixed", param)
    return HttpResponse("<p>Hello " + bar + "</p>")
