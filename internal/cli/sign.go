package cli

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/secaudit/secaudit/internal/audit"
	"github.com/secaudit/secaudit/internal/signing"
)

// newKeygenCmd, newSignCmd and newVerifyCmd are minisign-compatible:
// signatures made here verify with `minisign -V`, and minisign's keys and
// signatures work here.
func newKeygenCmd(stdout io.Writer) *cobra.Command {
	var secret, public string
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Create a minisign-compatible Ed25519 key pair for sign and --sign-key",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := signing.GenerateKey(secret, public); err != nil {
				return &exitError{code: audit.ExitIncomplete, err: err}
			}
			fmt.Fprintf(stdout, "secret key: %s (unencrypted, mode 0600: keep it out of the repository)\npublic key: %s\n", secret, public)
			return nil
		},
	}
	cmd.Flags().StringVarP(&secret, "key", "s", "secaudit.key", "where to write the secret key")
	cmd.Flags().StringVarP(&public, "pubkey", "p", "secaudit.pub", "where to write the public key")
	return cmd
}

func newSignCmd(stdout io.Writer) *cobra.Command {
	var key, comment string
	cmd := &cobra.Command{
		Use:   "sign FILE...",
		Short: "Sign files (writes FILE.minisig; minisign-compatible)",
		Long: "Sign files with a minisign secret key (from secaudit keygen or minisign -G). An encrypted key is\n" +
			"decrypted with the password in $" + signing.PasswordEnv + ".",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			if key == "" {
				return usageError("sign: --key is required")
			}
			sk, err := signing.LoadSecretKey(key)
			if err != nil {
				return usageError("%v", err)
			}
			defer sk.Wipe()
			for _, f := range files {
				sig, err := signing.SignFile(sk, f, comment)
				if err != nil {
					return &exitError{code: audit.ExitIncomplete, err: err}
				}
				fmt.Fprintln(stdout, "signed", f, "->", sig)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&key, "key", "s", "", "secret key file")
	cmd.Flags().StringVarP(&comment, "trusted-comment", "t", "", "trusted comment to sign with the file (default: the file name)")
	return cmd
}

func newVerifyCmd(stdout io.Writer) *cobra.Command {
	var pub, sig string
	cmd := &cobra.Command{
		Use:   "verify FILE...",
		Short: "Verify files against their FILE.minisig signatures (exit 1 when one does not verify)",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			if pub == "" {
				return usageError("verify: --pubkey is required (a public key file or the key itself)")
			}
			if sig != "" && len(files) > 1 {
				return usageError("verify: --sig names the signature of one file")
			}
			pk, err := signing.LoadPublicKey(pub)
			if err != nil {
				return usageError("%v", err)
			}
			bad := 0
			for _, f := range files {
				comment, err := signing.VerifyFile(pk, f, sig)
				switch {
				case errors.Is(err, signing.ErrBadSignature):
					fmt.Fprintf(stdout, "FAILED %s: %v\n", f, err)
					bad++
				case err != nil:
					return &exitError{code: audit.ExitIncomplete, err: err}
				default:
					fmt.Fprintf(stdout, "OK %s (trusted comment: %s)\n", f, comment)
				}
			}
			if bad > 0 {
				return &exitError{code: audit.ExitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&pub, "pubkey", "p", "", "public key file, or the base64 public key")
	cmd.Flags().StringVarP(&sig, "sig", "x", "", "signature file (default: FILE.minisig)")
	return cmd
}
