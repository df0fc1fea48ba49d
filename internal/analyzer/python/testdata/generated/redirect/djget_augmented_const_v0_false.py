# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=augmented_const sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = "x"
    tmp = param
    bar += "y"
    return HttpResponseRedirect(bar)
