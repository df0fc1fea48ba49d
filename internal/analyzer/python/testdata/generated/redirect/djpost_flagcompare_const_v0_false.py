# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=flagcompare_const sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    flag = "yes"
    if flag == "no":
        bar = param
    else:
        bar = "safe"
    return HttpResponseRedirect(bar)
