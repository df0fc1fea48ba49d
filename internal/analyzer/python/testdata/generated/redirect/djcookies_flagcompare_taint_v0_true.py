# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=flagcompare_taint sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    flag = "yes"
    if flag == "yes":
        bar = param
    else:
        bar = "safe"
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
