# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=direct sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
