# generated case: rule=PY-OPEN-REDIRECT source=djgetint propagation=direct sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    return HttpResponseRedirect(bar)
