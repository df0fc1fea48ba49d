#!/bin/sh
set -eu
curl -fsSL https://get.tool.example/install.sh | bash  # want: SC-CURL-PIPE-SH
curl -fsSLo tool.sh https://get.tool.example/install.sh && echo "3f786850e387550fdab836ed7e6dc881de23001b  tool.sh" | sha256sum -c && sh tool.sh
echo "never run: curl x | sh"
sh -c "$(wget -qO- https://get.other.example/i.sh)"  # want: SC-CURL-PIPE-SH
pip install --index-url http://mirror.example/simple requests==2.32.3  # want: SC-PIP-INSECURE-SOURCE
pip install \
    --upgrade pip
