# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=subclass_inherit sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


class Base:
    def transform(self, value):
        return value


class Child(Base):
    pass


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = Child().transform(param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT
