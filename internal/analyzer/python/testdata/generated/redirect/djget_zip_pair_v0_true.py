# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=zip_pair sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    for _k, v in zip(["key"], [param]):
        bar = v
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
