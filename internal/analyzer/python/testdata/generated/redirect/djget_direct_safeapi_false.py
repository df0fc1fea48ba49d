# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=direct sink=safe-api expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = param
    return HttpResponseRedirect("/dashboard/")
